#include "outbox/MessageSender.h"

#include "api/ApiClient.h"
#include "api/MediaTypes.h"
#include "api/MessageValidation.h"
#include "outbox/OutboxLogging.h"
#include "outbox/OutboxPayload.h"
#include "outbox/OutboxSender.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

#include <algorithm>

namespace wabadesk::outbox {

namespace {

// The latest messages looked at for the last inbound one when marking read.
constexpr int kReadScan = 50;

// The file's type from its content (an .exe renamed to .png stays an executable). The name refines it only where
// the content is a container the name is a kind of: .docx is a zip, .csv is plain text.
QString detectMimeType(const QString& filePath)
{
    const QMimeDatabase db;
    const QMimeType content = db.mimeTypeForFile(filePath, QMimeDatabase::MatchContent);
    const QMimeType byName = db.mimeTypeForFile(filePath, QMimeDatabase::MatchExtension);
    if (byName.isValid() && !byName.isDefault() && byName.name() != content.name() && byName.inherits(content.name()))
        return byName.name();
    return content.name();
}

} // namespace

MessageSender::MessageSender(store::Store* store, OutboxSender* outbox, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(outbox)
{}

SendRequest MessageSender::queueText(const QString& conversationId, const QString& text, const QString& replyToWamid,
                                     bool previewUrl)
{
    if (text.trimmed().isEmpty())
        return {0, tr("The message is empty.")};
    api::OutgoingMessage message = api::messages::text(QString(), text, previewUrl);
    message.replyToMessageId = replyToWamid;
    return enqueue(conversationId, message);
}

SendRequest MessageSender::queueReaction(const QString& conversationId, const QString& targetWamid,
                                         const QString& emoji)
{
    if (targetWamid.isEmpty())
        return {0, tr("Choose the message to react to.")};
    return enqueue(conversationId, api::messages::reaction(QString(), targetWamid, emoji));
}

SendRequest MessageSender::queueMedia(const QString& conversationId, api::MediaKind kind, const QString& filePath,
                                      const QString& caption, const QString& replyToWamid)
{
    const QFileInfo info(filePath);
    if (!info.isFile() || !info.isReadable())
        return {0, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(filePath))};
    const QString mimeType = detectMimeType(info.absoluteFilePath());
    if (const QString problem = api::checkMediaUpload(mimeType, info.size(), kind); !problem.isEmpty())
        return {0, problem};
    const bool hasCaption =
        kind == api::MediaKind::Image || kind == api::MediaKind::Video || kind == api::MediaKind::Document;
    if (!hasCaption && !caption.isEmpty())
        return {0, tr("A caption can only go with a photo, a video or a document.")};
    const QString filename = kind == api::MediaKind::Document ? info.fileName() : QString();
    api::OutgoingMessage message = api::messages::media(QString(), kind, {}, caption, filename);
    message.replyToMessageId = replyToWamid;
    return enqueue(conversationId, message, info.absoluteFilePath(), mimeType);
}

SendRequest MessageSender::queueLocation(const QString& conversationId, double latitude, double longitude,
                                         const QString& name, const QString& address, const QString& replyToWamid)
{
    api::OutgoingMessage message = api::messages::location(QString(), latitude, longitude, name, address);
    message.replyToMessageId = replyToWamid;
    return enqueue(conversationId, message);
}

SendRequest MessageSender::queueContacts(const QString& conversationId, const QJsonArray& contacts,
                                         const QString& replyToWamid)
{
    api::OutgoingMessage message = api::messages::contacts(QString(), contacts);
    message.replyToMessageId = replyToWamid;
    return enqueue(conversationId, message);
}

SendRequest MessageSender::queueInteractive(const QString& conversationId, const api::OutgoingMessage& message)
{
    if (message.type != QLatin1String("interactive"))
        return {0, tr("This is not an interactive message.")};
    return enqueue(conversationId, message);
}

SendRequest MessageSender::queueTemplate(const QString& conversationId, const api::OutgoingMessage& message)
{
    if (message.type != QLatin1String("template"))
        return {0, tr("This is not a template message.")};
    return enqueue(conversationId, message);
}

SendRequest MessageSender::queue(const QString& conversationId, const api::OutgoingMessage& message)
{
    return enqueue(conversationId, message);
}

SendRequest MessageSender::enqueue(const QString& conversationId, api::OutgoingMessage message,
                                   const QString& localFile, const QString& mimeType)
{
    const std::optional<Conversation> conversation = m_store->conversation(conversationId);
    if (!conversation)
        return {0, tr("This conversation does not exist.")};
    // Who it goes to (REFERENCE.md §1.1, UPDATES-2026.md §1, §3): a group by its id; a customer by phone number when
    // known, else by their business-scoped user id in `recipient`.
    message.to.clear();
    message.recipient.clear();
    message.isGroup = conversation->isGroup();
    if (conversation->isGroup())
        message.to = conversation->groupId;
    else if (!conversation->contact.waId.isEmpty())
        message.to = conversation->contact.waId;
    else if (!conversation->contact.userId.isEmpty())
        message.recipient = conversation->contact.userId;
    else
        return {0, tr("WabaDesk has no phone number or user id for this customer, so it cannot write to them.")};
    if (conversation->isGroup() && message.type != QLatin1String("text") && message.type != QLatin1String("template") &&
        !api::mediaKindFromName(message.type))
        return {0, tr("Groups take text, media and templates only: this message cannot be sent to a group.")};
    QJsonObject payload = message.toJson();
    if (isFreeForm(payload) && !conversation->isGroup() && !conversation->isWindowOpen(QDateTime::currentDateTimeUtc()))
        return {0, tr("The 24-hour window is closed: the customer has not written in the last 24 hours. Only an "
                      "approved template can be sent now.")};

    // Marketing templates: the customer's "stop" is honoured, a 131049 pause is waited out (the item is queued
    // for the end of the pause), and a channel with MM Lite sends them through /marketing_messages.
    QDateTime notBefore;
    if (message.type == QLatin1String("template") && isMarketingTemplate(conversation->channelId, payload)) {
        if (conversation->hasStoppedMarketing())
            return {0, tr("The customer asked not to receive marketing messages (WhatsApp told WabaDesk on %1). "
                          "Send a utility template, or wait until they resume.")
                           .arg(QLocale().toString(conversation->marketingPreferenceAt.toLocalTime(),
                                                   QLocale::ShortFormat))};
        if (conversation->marketingPausedUntil > QDateTime::currentDateTimeUtc())
            notBefore = conversation->marketingPausedUntil;
        if (m_marketingLite && m_marketingLite(conversation->channelId))
            payload = withMarketingMessages(payload);
    }

    QJsonObject validated = payload;
    if (!localFile.isEmpty()) {
        QJsonObject media = payload.value(message.type).toObject();
        media.insert(QStringLiteral("id"), QStringLiteral("local")); // stand-in until the upload
        validated.insert(message.type, media);
        payload = withLocalFile(payload, localFile, mimeType);
    }
    if (const QStringList problems = api::validateMessage(validated); !problems.isEmpty())
        return {0, tr("The message was not sent: %1").arg(problems.join(QStringLiteral("; ")))};

    const qint64 id = m_store->enqueueOutgoing(conversation->channelId, conversation->id, payload, notBefore);
    if (id <= 0)
        return {0, tr("The message could not be saved: %1").arg(m_store->lastError())};
    qCDebug(lcOutbox) << "queued outbox item" << id << "type" << message.type;
    m_outbox->kick();
    Q_EMIT queued(conversation->id, id);
    return {id, QString()};
}

bool MessageSender::isMarketingTemplate(const QString& channelId, const QJsonObject& payload) const
{
    const QJsonObject t = payload.value(QLatin1String("template")).toObject();
    const QString name = t.value(QLatin1String("name")).toString();
    const QString language = t.value(QLatin1String("language")).toObject().value(QLatin1String("code")).toString();
    for (const Template& known : m_store->templates(channelId)) {
        if (known.name == name && (language.isEmpty() || known.language == language))
            return known.category.compare(QLatin1String("MARKETING"), Qt::CaseInsensitive) == 0;
    }
    return false;
}

SendRequest MessageSender::retry(const QString& conversationId, const QString& wamidOrOutboxId)
{
    const std::optional<Conversation> conversation = m_store->conversation(conversationId);
    if (!conversation)
        return {0, tr("This conversation does not exist.")};
    const bool windowOpen = conversation->isWindowOpen(QDateTime::currentDateTimeUtc());
    const QString closed = tr("The 24-hour window is closed: send an approved template instead of retrying.");

    bool isNumber = false;
    const qint64 outboxId = wamidOrOutboxId.toLongLong(&isNumber);
    if (isNumber && outboxId > 0) {
        const QList<OutboxItem> pending = m_store->pendingOutgoing(conversationId);
        const auto it = std::find_if(pending.cbegin(), pending.cend(),
                                     [outboxId](const OutboxItem& item) { return item.id == outboxId; });
        // An unknown outcome may have reached the customer: the view said so before the agent chose to retry.
        if (it == pending.cend() || (it->state != OutboxItem::State::Failed && it->state != OutboxItem::State::Unknown))
            return {0, tr("This message is not waiting for a retry.")};
        if (isFreeForm(it->payload) && !windowOpen)
            return {0, closed};
        if (!m_store->retryOutgoing(outboxId))
            return {0, tr("The message could not be queued again: %1").arg(m_store->lastError())};
        m_outbox->kick();
        Q_EMIT queued(conversationId, outboxId);
        return {outboxId, QString()};
    }

    const std::optional<StoredMessage> sent = m_store->message(wamidOrOutboxId, conversation->channelId);
    if (!sent || sent->conversationId != conversationId || sent->direction != StoredMessage::Direction::Outbound ||
        !sent->isFailed())
        return {0, tr("This message is not waiting for a retry.")};
    if (sent->origin != StoredMessage::Origin::Local || sent->payload.isEmpty())
        return {0, tr("Only messages sent from WabaDesk can be sent again from here.")};
    // The stored payload is the outbox payload: a media file still on disk is uploaded again.
    const QString file = localFile(sent->payload);
    return enqueue(conversationId, api::OutgoingMessage::fromJson(wireBody(sent->payload)), file,
                   file.isEmpty() ? QString() : localMimeType(sent->payload));
}

bool MessageSender::cancel(qint64 outboxId)
{
    return m_store->cancelOutgoing(outboxId);
}

QString MessageSender::lastInboundWamid(const QString& conversationId, QDateTime* at) const
{
    const QList<StoredMessage> recent = m_store->messages(conversationId, kReadScan); // oldest first
    for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
        if (it->direction == StoredMessage::Direction::Inbound && it->origin == StoredMessage::Origin::Webhook) {
            if (at)
                *at = it->timestamp;
            return it->wamid;
        }
    }
    return {};
}

void MessageSender::sendReceipt(const QString& channelId, const QString& wamid, bool typing)
{
    // Best effort: a receipt that fails is not repeated (the next opening sends one again).
    m_outbox->clients()(channelId, this, [this, wamid, typing](const QString&, api::ApiClient* client) {
        if (!client)
            return;
        client->markRead(wamid, typing, this, [typing](const api::Result<bool>& result) {
            if (!result.ok())
                qCInfo(lcOutbox) << (typing ? "typing indicator" : "read receipt")
                                 << "failed:" << result.error().summary();
        });
    });
}

void MessageSender::markRead(const QString& conversationId)
{
    const std::optional<Conversation> conversation = m_store->conversation(conversationId);
    if (!conversation)
        return;
    if (!m_store->markConversationRead(conversationId))
        qCWarning(lcOutbox) << "could not mark a conversation read:" << m_store->lastError();
    // Groups have no read receipts (UPDATES-2026.md §3).
    if (!m_readReceipts || conversation->isGroup())
        return;
    const QString lastInbound = lastInboundWamid(conversationId, nullptr);
    if (!lastInbound.isEmpty())
        sendReceipt(conversation->channelId, lastInbound, false);
}

bool MessageSender::typing(const QString& conversationId, const QDateTime& now)
{
    // REFERENCE.md §1.11, UPDATES-2026.md §6: "typing…" shows until the reply or 25 s; once per 20 s is enough.
    constexpr qint64 kEverySeconds = 20;
    constexpr qint64 kRecentSeconds = 15 * 60;
    if (!m_readReceipts)
        return false;
    const auto last = m_lastTyping.constFind(conversationId);
    if (last != m_lastTyping.cend() && last->secsTo(now) < kEverySeconds)
        return false;
    const std::optional<Conversation> conversation = m_store->conversation(conversationId);
    if (!conversation || conversation->isGroup() || !conversation->isWindowOpen(now))
        return false;
    QDateTime at;
    const QString lastInbound = lastInboundWamid(conversationId, &at);
    // Only while the customer is there: their last message is unread or recent.
    if (lastInbound.isEmpty() || (conversation->unreadCount == 0 && (!at.isValid() || at.secsTo(now) > kRecentSeconds)))
        return false;
    m_lastTyping.insert(conversationId, now);
    sendReceipt(conversation->channelId, lastInbound, true);
    return true;
}

QString MessageSender::startConversation(const QString& channelId, const QString& waId)
{
    QString digits;
    for (const QChar c : waId)
        if (c.isDigit())
            digits += c;
    if (channelId.isEmpty() || digits.isEmpty())
        return {};
    return m_store->ensureConversation(channelId, digits);
}

} // namespace wabadesk::outbox
