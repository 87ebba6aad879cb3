#include "partner/PartnerTypes.h"

namespace wabadesk::partner {

BalanceQuery BalanceQuery::recent(Granularity granularity, const QDateTime& now)
{
    BalanceQuery q;
    q.granularity = granularity;
    q.end = now.toUTC();
    if (granularity == Granularity::Day) {
        q.start = QDateTime(q.end.date().addDays(-29), QTime(0, 0), Qt::UTC);
    } else {
        const QDate first(q.end.date().year(), q.end.date().month(), 1);
        q.start = QDateTime(first.addMonths(-11), QTime(0, 0), Qt::UTC);
    }
    return q;
}

qint64 ClientBalance::totalQuantity() const
{
    qint64 sum = 0;
    for (const UsagePeriod& p : usage)
        sum += p.quantity;
    return sum;
}

double ClientBalance::totalCost() const
{
    double sum = 0;
    for (const UsagePeriod& p : usage)
        sum += p.cost;
    return sum;
}

QString granularityName(Granularity granularity)
{
    return granularity == Granularity::Day ? QStringLiteral("day") : QStringLiteral("month");
}

ChannelState channelStateFor(const QString& status)
{
    // The hub's own words and the partner webhook event names (channel_created, channel_ready, channel_running).
    QString s = status.trimmed().toLower();
    if (s.startsWith(QLatin1String("channel_")))
        s = s.mid(8);
    if (s == QLatin1String("created") || s == QLatin1String("pending") || s == QLatin1String("draft"))
        return ChannelState::Created;
    if (s == QLatin1String("ready"))
        return ChannelState::Ready;
    if (s == QLatin1String("running") || s == QLatin1String("live") || s == QLatin1String("active"))
        return ChannelState::Running;
    return ChannelState::Other;
}

} // namespace wabadesk::partner
