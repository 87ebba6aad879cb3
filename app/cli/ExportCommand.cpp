// wabadesk-cli export: conversations with their messages, statuses and errors as JSON or CSV (issue #4).
#include "cli/Cli.h"
#include "store/Store.h"
#include "text/EventText.h"
#include "text/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace wabadesk::cli {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// Every message of a conversation, oldest first (the store pages backwards from the newest).
QList<StoredMessage> allMessages(const store::Store& store, const QString& conversationId)
{
    QList<StoredMessage> all;
    qint64 before = 0;
    for (;;) {
        const QList<StoredMessage> page = store.messages(conversationId, 500, before);
        all = page + all;
        if (page.size() < 500)
            return all;
        before = page.first().rowId;
    }
}

// A reaction in the history is one to a message the store does not have (the others are on their message): its
// target, from the stored payload (REFERENCE.md §6.3 reaction.message_id).
QString reactionTarget(const StoredMessage& m)
{
    return m.payload.value(QLatin1String("reaction")).toObject().value(QLatin1String("message_id")).toString();
}

bool isReaction(const StoredMessage& m)
{
    return m.type == QLatin1String("reaction");
}

QJsonObject errorJson(int code, const QString& title, const QString& details)
{
    return QJsonObject{
        {QStringLiteral("code"), code}, {QStringLiteral("title"), title}, {QStringLiteral("details"), details}};
}

// A call card's call (issue #16): its id (wacid.…), direction, outcome as the desk says it, times and duration.
QJsonObject callJson(const CallRecord& c)
{
    QJsonObject o{{QStringLiteral("id"), c.callId},
                  {QStringLiteral("direction"), c.isIncoming ? QStringLiteral("in") : QStringLiteral("out")},
                  {QStringLiteral("outcome"), text::callSummary(c)},
                  {QStringLiteral("status"), c.status}};
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("started_at", iso(c.startedAt));
    put("connected_at", iso(c.connectedAt));
    put("ended_at", iso(c.endedAt));
    if (c.durationSeconds >= 0)
        o.insert(QStringLiteral("duration_seconds"), c.durationSeconds);
    if (c.errorCode)
        o.insert(QStringLiteral("error"), errorJson(c.errorCode, c.errorTitle, QString()));
    return o;
}

QJsonObject messageJson(const StoredMessage& m, const QList<MessageStatusRecord>& statuses)
{
    QJsonObject o{{QStringLiteral("id"), m.wamid},
                  {QStringLiteral("direction"),
                   m.direction == StoredMessage::Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out")},
                  {QStringLiteral("type"), m.rawType.isEmpty() ? m.type : m.rawType},
                  {QStringLiteral("timestamp"), iso(m.timestamp)},
                  {QStringLiteral("status"), m.status}};
    auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    // What the desk shows for it (a call's outcome, a Flow's answers, a system line), next to the raw text.
    put("content", text::contentText(m));
    if (isReaction(m)) {
        put("emoji", m.text);
        put("reaction_to", reactionTarget(m));
    } else {
        put("text", m.text);
    }
    put("caption", m.caption);
    put("subtype", m.subtype);
    if (m.origin == StoredMessage::Origin::Echo)
        o.insert(QStringLiteral("sent_from_phone"), true); // coexistence: written in the WhatsApp Business app
    if (!m.senderKey.isEmpty() || (!m.senderName.isEmpty() && m.direction == StoredMessage::Direction::Inbound))
        o.insert(QStringLiteral("sender"),
                 QJsonObject{{QStringLiteral("id"), m.senderKey}, {QStringLiteral("name"), m.senderName}});
    if (m.isFlowReply()) {
        QJsonArray answers;
        for (const auto& [field, value] : text::flowAnswers(m))
            answers.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("value"), value}});
        o.insert(QStringLiteral("flow_answers"), answers);
    }
    if (m.call)
        o.insert(QStringLiteral("call"), callJson(*m.call));
    if (!m.pricingCategory.isEmpty())
        o.insert(QStringLiteral("pricing"), QJsonObject{{QStringLiteral("model"), m.pricingModel},
                                                        {QStringLiteral("category"), m.pricingCategory},
                                                        {QStringLiteral("type"), m.pricingType}});
    put("filename", m.filename);
    put("media_id", m.mediaId);
    put("mime_type", m.mediaMimeType);
    put("reply_to", m.replyToId);
    put("edited_at", iso(m.editedAt));
    put("deleted_at", iso(m.deletedAt));
    put("previous_text", m.previousText);
    if (m.latitude && m.longitude)
        o.insert(QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("latitude"), *m.latitude}, {QStringLiteral("longitude"), *m.longitude}});
    if (m.errorCode)
        o.insert(QStringLiteral("error"), errorJson(m.errorCode, m.errorTitle, m.errorDetails));
    QJsonArray reactions;
    for (const MessageReaction& r : m.reactions)
        if (!r.emoji.isEmpty())
            reactions.append(QJsonObject{{QStringLiteral("from"), r.reactorKey}, {QStringLiteral("emoji"), r.emoji}});
    if (!reactions.isEmpty())
        o.insert(QStringLiteral("reactions"), reactions);
    QJsonArray history;
    for (const MessageStatusRecord& s : statuses) {
        QJsonObject h{{QStringLiteral("status"), s.status}, {QStringLiteral("timestamp"), iso(s.timestamp)}};
        if (!s.pricingCategory.isEmpty())
            h.insert(QStringLiteral("pricing_category"), s.pricingCategory);
        if (s.errorCode)
            h.insert(QStringLiteral("error"), errorJson(s.errorCode, s.errorTitle, s.errorDetails));
        history.append(h);
    }
    if (!history.isEmpty())
        o.insert(QStringLiteral("statuses"), history);
    return o;
}

// RFC 4180 field; a leading = + - @ is neutralised so that a spreadsheet never runs customer text as a formula, and
// control characters are shown as "�" (an embedded NUL would end the cell in a spreadsheet: "before�after").
QString csvField(QString value)
{
    value = text::withVisibleControls(value);
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0)))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

} // namespace

int Cli::exportHistory()
{
    const QString format = m_cmd.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return m_out.usageError(tr("\"export\" needs --format json or --format csv."));
    QDateTime since;
    if (m_cmd.isSet(QStringLiteral("since"))) {
        const QString text = m_cmd.value(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid())
            since = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!since.isValid())
            return m_out.usageError(tr("--since must be a date like 2026-11-01 or 2026-11-01T08:00:00Z."));
    }
    setUpChannels();
    QStringList channelIds;
    QHash<QString, QString> channelNames;
    if (m_cmd.isSet(QStringLiteral("channel"))) {
        int code = ExitOk;
        const auto c = namedChannel(m_cmd.value(QStringLiteral("channel")), &code);
        if (!c)
            return code;
        channelIds << c->id;
        channelNames.insert(c->id, c->name);
    } else {
        for (const Channel& c : m_channels->channels()) {
            channelIds << c.id;
            channelNames.insert(c.id, c.name);
        }
        channelIds << QStringLiteral(""); // deliveries for numbers that are not (or no longer) a channel here; not
                                          // a null QString, which would bind as SQL NULL
    }
    QString error;
    auto store = store::Store::open(m_storeLocation, &error);
    if (!store)
        return m_out.usageError(tr("The store in %1 cannot be opened: %2").arg(m_dataDir, error));

    const QString only = m_cmd.value(QStringLiteral("conversation"));
    QJsonArray conversations;
    QStringList csv{QStringLiteral("channel,customer_wa_id,customer_user_id,customer_username,customer_name,"
                                   "customer_phone,group_id,message_id,direction,type,timestamp,content,text,caption,"
                                   "filename,status,error_code,error_title,error_details,status_history,reaction_to")};
    int messageCount = 0;
    for (const QString& channelId : channelIds) {
        for (const Conversation& conversation : store->conversations(channelId)) {
            if (!only.isEmpty() && conversation.contact.waId != only && conversation.contact.key != only &&
                conversation.contact.userId != only && conversation.groupId != only)
                continue;
            QJsonArray messages;
            for (const StoredMessage& m : allMessages(*store, conversation.id)) {
                if (since.isValid() && m.timestamp.isValid() && m.timestamp < since)
                    continue;
                const QList<MessageStatusRecord> statuses = store->statusHistory(m.wamid, m.channelId);
                ++messageCount;
                if (format == QLatin1String("json")) {
                    messages.append(messageJson(m, statuses));
                    continue;
                }
                QStringList history;
                for (const MessageStatusRecord& s : statuses)
                    history << s.status + QLatin1Char('@') + iso(s.timestamp) +
                                   (s.errorCode ? QStringLiteral("#%1").arg(s.errorCode) : QString());
                const QStringList row{channelNames.value(channelId, channelId),
                                      conversation.contact.waId,
                                      conversation.contact.userId,
                                      conversation.contact.username,
                                      conversation.contact.profileName,
                                      conversation.contact.phoneInternational,
                                      conversation.groupId,
                                      m.wamid,
                                      m.direction == StoredMessage::Direction::Inbound ? QStringLiteral("in")
                                                                                       : QStringLiteral("out"),
                                      m.rawType.isEmpty() ? m.type : m.rawType,
                                      iso(m.timestamp),
                                      text::contentText(m),
                                      m.text,
                                      m.caption,
                                      m.filename,
                                      m.status,
                                      m.errorCode ? QString::number(m.errorCode) : QString(),
                                      m.errorTitle,
                                      m.errorDetails,
                                      history.join(QLatin1Char(';')),
                                      isReaction(m) ? reactionTarget(m) : QString()};
                QStringList fields;
                for (const QString& f : row)
                    fields << csvField(f);
                csv << fields.join(QLatin1Char(','));
            }
            if (format == QLatin1String("json") && !messages.isEmpty()) {
                // The customer's ids (issue #16): phone (wa_id), business-scoped user id, username; "" when unknown.
                QJsonObject entry{{QStringLiteral("id"), conversation.id},
                                  {QStringLiteral("channel"), channelNames.value(channelId, channelId)},
                                  {QStringLiteral("kind"),
                                   conversation.isGroup() ? QStringLiteral("group") : QStringLiteral("customer")},
                                  {QStringLiteral("last_inbound_at"), iso(conversation.lastInboundAt)},
                                  {QStringLiteral("messages"), messages}};
                if (conversation.isGroup()) {
                    entry.insert(QStringLiteral("group"),
                                 QJsonObject{{QStringLiteral("group_id"), conversation.groupId},
                                             {QStringLiteral("name"), conversation.contact.profileName}});
                } else {
                    entry.insert(QStringLiteral("customer"),
                                 QJsonObject{{QStringLiteral("wa_id"), conversation.contact.waId},
                                             {QStringLiteral("user_id"), conversation.contact.userId},
                                             {QStringLiteral("parent_user_id"), conversation.contact.parentUserId},
                                             {QStringLiteral("username"), conversation.contact.username},
                                             {QStringLiteral("name"), conversation.contact.profileName},
                                             {QStringLiteral("phone"), conversation.contact.phoneInternational}});
                }
                QJsonArray calls;
                for (const CallRecord& c : store->calls(conversation.id))
                    calls.append(callJson(c));
                if (!calls.isEmpty())
                    entry.insert(QStringLiteral("calls"), calls);
                conversations.append(entry);
            }
        }
    }
    const QByteArray output =
        format == QLatin1String("json")
            ? QJsonDocument(QJsonObject{{QStringLiteral("exported_at"), iso(QDateTime::currentDateTimeUtc())},
                                        {QStringLiteral("conversations"), conversations}})
                  .toJson(QJsonDocument::Indented)
            : (csv.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
    if (!m_cmd.isSet(QStringLiteral("out"))) {
        std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(m_cmd.value(QStringLiteral("out"))); // all or nothing
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
        return m_out.usageError(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    std::fprintf(stderr, "%s\n",
                 qPrintable(tr("Exported %n message(s) to %1.", nullptr, int(messageCount)).arg(file.fileName())));
    return ExitOk;
}

} // namespace wabadesk::cli
