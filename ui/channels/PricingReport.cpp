#include "channels/PricingReport.h"

#include "text/EventText.h"

#include <QMap>

namespace wabadesk::ui {

std::pair<QDateTime, QDateTime> PricingReport::month(const QDate& anyDay)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    return {first.startOfDay().toUTC(), first.addMonths(1).startOfDay().toUTC()};
}

int PricingReport::charged(const QList<store::PricingCount>& counts)
{
    int n = 0;
    for (const store::PricingCount& c : counts)
        n += c.isBillable() ? c.messages : 0;
    return n;
}

int PricingReport::total(const QList<store::PricingCount>& counts)
{
    int n = 0;
    for (const store::PricingCount& c : counts)
        n += c.messages;
    return n;
}

QString PricingReport::summary(const QList<store::PricingCount>& counts)
{
    if (counts.isEmpty())
        return {};
    QMap<QString, int> perCategory;
    for (const store::PricingCount& c : counts) {
        if (c.isBillable())
            perCategory[text::pricingCategoryName(c.category).toLower()] += c.messages;
    }
    QStringList parts;
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        parts << tr("%1 %2").arg(it.value()).arg(it.key());
    const int charged = PricingReport::charged(counts);
    const int free = total(counts) - charged;
    QString text = parts.isEmpty()
                       ? tr("This month: nothing charged")
                       : tr("This month: %n charged (%1)", nullptr, charged).arg(parts.join(QStringLiteral(", ")));
    if (free > 0)
        text += tr(" · %n free", nullptr, free);
    return text;
}

QString PricingReport::csv(const QList<store::PricingCount>& counts, const QDate& month)
{
    QStringList lines{QStringLiteral("month,category,type,pricing_model,messages,charged")};
    const QString m = month.toString(QStringLiteral("yyyy-MM"));
    // The values are API enums, but a field with a comma or a quote is quoted all the same (RFC 4180).
    const auto field = [](QString v) -> QString {
        if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')))
            return v;
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    for (const store::PricingCount& c : counts) {
        lines << QStringList{m,
                             field(c.category),
                             field(c.type),
                             field(c.model),
                             QString::number(c.messages),
                             c.isBillable() ? QStringLiteral("yes") : QStringLiteral("no")}
                     .join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace wabadesk::ui
