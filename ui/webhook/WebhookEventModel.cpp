#include "webhook/WebhookEventModel.h"

#include "common/LocaleFormat.h"
#include "theme/Theme.h"

#include <QDate>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace wabadesk::ui {

WebhookEventModel::WebhookEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void WebhookEventModel::setRows(const QList<JournalEntry>& entries, const QList<webhook::RequestRecord>& requests)
{
    QList<WebhookEventRow> rows;
    rows.reserve(entries.size() + requests.size());
    for (const JournalEntry& e : entries) {
        WebhookEventRow r;
        r.key = QStringLiteral("seq:%1").arg(e.seq);
        r.seq = e.seq;
        r.at = e.receivedAt;
        r.peer = e.peer;
        r.channelId = e.channelId;
        r.kind = e.kind;
        r.result = e.result;
        r.reason = e.reason;
        r.messages = e.messages;
        r.statuses = e.statuses;
        r.bytes = e.body.size();
        r.body = e.body;
        rows.append(r);
    }
    // Requests are numbered in the order the listener answered them; only refused ones have no journal entry.
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const webhook::RequestRecord& q = requests.at(i);
        if (q.status == 200)
            continue;
        WebhookEventRow r;
        r.key = QStringLiteral("rejected:%1:%2").arg(q.at.toMSecsSinceEpoch()).arg(q.peer);
        r.at = q.at;
        r.peer = q.peer;
        r.result = QStringLiteral("rejected");
        r.reason = QStringLiteral("HTTP %1: %2").arg(q.status).arg(q.note);
        r.httpStatus = q.status;
        r.bytes = q.bytes;
        rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const WebhookEventRow& a, const WebhookEventRow& b) {
        if (a.at != b.at)
            return a.at > b.at;
        return a.seq > b.seq;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const WebhookEventRow* WebhookEventModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int WebhookEventModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

int WebhookEventModel::rowWithBody(const QByteArray& needle) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).seq > 0 && m_rows.at(i).body.contains(needle))
            return i;
    return -1;
}

int WebhookEventModel::rowOfSeq(qint64 seq) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).seq == seq)
            return i;
    return -1;
}

QString WebhookEventModel::timeText(const QDateTime& at, const QDate& today)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == today ? preciseTime(local.time()) : QLocale().toString(local, QLocale::ShortFormat);
}

QStringList WebhookEventModel::widestTimeTexts()
{
    // Two-digit days, months and hours, in both forms (today's and an earlier day's).
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 58, 58, 888));
    return {timeText(sample, sample.date()), timeText(sample, sample.date().addDays(1))};
}

QString WebhookEventModel::resultText(const QString& result)
{
    if (result == QLatin1String("stored"))
        return tr("stored");
    if (result == QLatin1String("duplicate"))
        return tr("duplicate");
    if (result == QLatin1String("quarantined"))
        return tr("quarantined");
    if (result == QLatin1String("rejected"))
        return tr("rejected");
    return result;
}

QString WebhookEventModel::channelText(const QString& channelId) const
{
    if (channelId.isEmpty())
        return tr("—");
    return m_channelNames.value(channelId, tr("(removed channel)"));
}

int WebhookEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WebhookEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookEventModel::data(const QModelIndex& index, int role) const
{
    const WebhookEventRow* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case KeyRole:
        return r->key;
    case ResultRole:
        return r->result;
    case SeqRole:
        return r->seq;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(r->at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ReasonColumn)
            return r->reason;
        return {};
    case Qt::ForegroundRole:
        if (index.column() != ResultColumn)
            return {};
        if (r->result == QLatin1String("rejected") || r->result == QLatin1String("quarantined"))
            return theme::negativeText(QGuiApplication::palette());
        if (r->result == QLatin1String("duplicate"))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return timeText(r->at, QDate::currentDate());
    case ChannelColumn:
        return r->seq > 0 ? channelText(r->channelId) : tr("—");
    case KindColumn:
        return r->kind.isEmpty() ? tr("—") : r->kind;
    case ResultColumn:
        return resultText(r->result);
    case ReasonColumn: {
        QString text = r->reason;
        if (text.isEmpty() && r->result == QLatin1String("stored")) {
            QStringList parts;
            if (r->messages > 0)
                parts << tr("new messages: %1").arg(r->messages);
            if (r->statuses > 0)
                parts << tr("new statuses: %1").arg(r->statuses);
            text = parts.join(QStringLiteral(", "));
        }
        return text.simplified();
    }
    default:
        return {};
    }
}

QVariant WebhookEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case KindColumn:
        return tr("Kind");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace wabadesk::ui
