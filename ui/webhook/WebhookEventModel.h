#pragma once

#include "model/JournalEntry.h"
#include "webhook/WebhookListener.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace wabadesk::ui {

// One row of the webhook inspector: a journal entry from the store, or a request the listener refused (those have
// no body and no journal seq: they were never stored).
struct WebhookEventRow {
    QString key; // stable across reloads: "seq:<n>" or "rejected:<n>"
    qint64 seq = 0;
    QDateTime at;
    QString peer;
    QString channelId;
    QString kind;
    QString result; // stored, duplicate, quarantined, rejected
    QString reason;
    int messages = 0;
    int statuses = 0;
    int httpStatus = 0; // rejected rows
    qint64 bytes = 0;
    QByteArray body;
};

// The inspector's table: time, channel, kind, result, reason; newest first.
class WebhookEventModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ChannelColumn, KindColumn, ResultColumn, ReasonColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, ResultRole, SeqRole };

    explicit WebhookEventModel(QObject* parent = nullptr);

    // Replaces the rows with the journal entries and the refused requests among `requests`, merged by time.
    void setRows(const QList<JournalEntry>& entries, const QList<webhook::RequestRecord>& requests);
    void setChannelNames(const QHash<QString, QString>& names) { m_channelNames = names; }

    const WebhookEventRow* row(int index) const;
    int rowOf(const QString& key) const;
    // The row of the journal entry whose body contains `needle` (e.g. a test event's wamid), or -1.
    int rowWithBody(const QByteArray& needle) const;
    int rowOfSeq(qint64 seq) const;

    static QString resultText(const QString& result);
    // The Time column's text: the precise time for `today`'s deliveries, the short date and time for earlier ones.
    static QString timeText(const QDateTime& at, const QDate& today);
    // The widest texts the Time column shows (for its width).
    static QStringList widestTimeTexts();
    QString channelText(const QString& channelId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookEventRow> m_rows;
    QHash<QString, QString> m_channelNames; // id -> name
};

} // namespace wabadesk::ui
