#include "store/ChangeNotice.h"

#include "store/ChangeHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wabadesk::store {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

bool ChangeNotice::isEmpty() const
{
    return !reload && conversations.isEmpty() && messages.isEmpty() && inbound.isEmpty() && outbox.isEmpty() &&
           templates.isEmpty() && drafts.isEmpty() && profileAudit.isEmpty() && media.isEmpty() && merges.isEmpty() &&
           accountEvents.isEmpty() && !quickReplies && journalLast == 0;
}

QByteArray ChangeNotice::toPayload() const
{
    QJsonObject o;
    o.insert(QStringLiteral("origin"), origin);
    const auto reloadPayload = [&o] {
        QJsonObject r;
        r.insert(QStringLiteral("origin"), o.value(QStringLiteral("origin")));
        r.insert(QStringLiteral("reload"), true);
        return QJsonDocument(r).toJson(QJsonDocument::Compact);
    };
    if (reload)
        return reloadPayload();
    const auto put = [&o](const char* key, const QStringList& list) {
        if (!list.isEmpty())
            o.insert(QLatin1String(key), toArray(list));
    };
    put("conversations", conversations);
    if (!messages.isEmpty()) {
        QJsonObject m;
        for (auto it = messages.cbegin(); it != messages.cend(); ++it)
            m.insert(it.key(), toArray(it.value()));
        o.insert(QStringLiteral("messages"), m);
    }
    if (!inbound.isEmpty()) {
        QJsonArray a;
        for (const NewMessageNotice& n : inbound)
            a.append(QJsonArray{n.channelId, n.conversationId, n.wamid});
        o.insert(QStringLiteral("inbound"), a);
    }
    if (!outbox.isEmpty()) {
        QJsonArray a;
        for (const auto& [conversation, id] : outbox)
            a.append(QJsonArray{conversation, id});
        o.insert(QStringLiteral("outbox"), a);
    }
    put("templates", templates);
    put("drafts", drafts);
    put("profileAudit", profileAudit);
    put("media", media);
    if (!merges.isEmpty()) {
        QJsonArray a;
        for (const ConversationMerge& m : merges)
            a.append(QJsonArray{m.from, m.into});
        o.insert(QStringLiteral("merges"), a);
    }
    put("accountEvents", accountEvents);
    if (quickReplies)
        o.insert(QStringLiteral("quickReplies"), true);
    if (journalLast > 0)
        o.insert(QStringLiteral("journal"), QJsonArray{journalFirst, journalLast});
    QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return payload.size() <= kMaxPayloadBytes ? payload : reloadPayload();
}

ChangeNotice ChangeNotice::fromPayload(const QByteArray& payload)
{
    ChangeNotice n;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        n.reload = true;
        return n;
    }
    const QJsonObject o = doc.object();
    n.origin = o.value(QStringLiteral("origin")).toString();
    n.reload = o.value(QStringLiteral("reload")).toBool();
    n.conversations = toStrings(o.value(QStringLiteral("conversations")));
    const QJsonObject m = o.value(QStringLiteral("messages")).toObject();
    for (auto it = m.constBegin(); it != m.constEnd(); ++it)
        n.messages.insert(it.key(), toStrings(it.value()));
    for (const QJsonValue& v : o.value(QStringLiteral("inbound")).toArray()) {
        const QJsonArray a = v.toArray();
        NewMessageNotice notice;
        notice.channelId = a.at(0).toString();
        notice.conversationId = a.at(1).toString();
        notice.wamid = a.at(2).toString();
        n.inbound.append(notice);
    }
    for (const QJsonValue& v : o.value(QStringLiteral("outbox")).toArray()) {
        const QJsonArray a = v.toArray();
        n.outbox.append({a.at(0).toString(), a.at(1).toInteger()});
    }
    n.templates = toStrings(o.value(QStringLiteral("templates")));
    n.drafts = toStrings(o.value(QStringLiteral("drafts")));
    n.profileAudit = toStrings(o.value(QStringLiteral("profileAudit")));
    n.media = toStrings(o.value(QStringLiteral("media")));
    for (const QJsonValue& v : o.value(QStringLiteral("merges")).toArray()) {
        const QJsonArray a = v.toArray();
        n.merges.append({a.at(0).toString(), a.at(1).toString()});
    }
    n.accountEvents = toStrings(o.value(QStringLiteral("accountEvents")));
    n.quickReplies = o.value(QStringLiteral("quickReplies")).toBool();
    const QJsonArray journal = o.value(QStringLiteral("journal")).toArray();
    n.journalFirst = journal.at(0).toInteger();
    n.journalLast = journal.at(1).toInteger();
    return n;
}

void ChangeNotice::emitOn(ChangeHub* hub) const
{
    if (reload) {
        Q_EMIT hub->reloadNeeded();
        return;
    }
    for (const ConversationMerge& m : merges)
        Q_EMIT hub->conversationMerged(m.from, m.into);
    if (!conversations.isEmpty())
        Q_EMIT hub->conversationsChanged(conversations);
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        Q_EMIT hub->messagesChanged(it.key(), it.value());
    if (!inbound.isEmpty())
        Q_EMIT hub->inboundMessages(inbound);
    for (const auto& [conversation, id] : outbox)
        Q_EMIT hub->outboxChanged(conversation, id);
    for (const QString& channel : templates)
        Q_EMIT hub->templatesChanged(channel);
    for (const QString& conversation : drafts)
        Q_EMIT hub->draftChanged(conversation);
    for (const QString& channel : profileAudit)
        Q_EMIT hub->profileAuditChanged(channel);
    for (const QString& channel : media)
        Q_EMIT hub->mediaChanged(channel);
    for (const QString& channel : accountEvents)
        Q_EMIT hub->accountEventsChanged(channel);
    if (quickReplies)
        Q_EMIT hub->quickRepliesChanged();
    if (journalLast > 0)
        Q_EMIT hub->journalAppended(journalFirst, journalLast);
}

} // namespace wabadesk::store
