#include "conversations/MessageSummary.h"

#include "api/ErrorExplanations.h"
#include "common/DisplayText.h"
#include "conversations/ConversationText.h"
#include "text/WhatsAppText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace wabadesk::ui {

namespace {

QJsonObject object(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString string(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isMedia(const QString& type)
{
    return type == QLatin1String("image") || type == QLatin1String("video") || type == QLatin1String("audio") ||
           type == QLatin1String("document") || type == QLatin1String("sticker");
}

QString outboundTextOf(const QJsonObject& payload, const QString& type)
{
    const QJsonObject content = object(payload, type.toUtf8().constData());
    if (type == QLatin1String("text"))
        return string(content, "body");
    if (isMedia(type))
        return string(content, "caption");
    if (type == QLatin1String("location")) {
        QStringList parts{string(content, "name"), string(content, "address")};
        parts.removeAll(QString());
        return parts.join(QLatin1Char('\n'));
    }
    if (type == QLatin1String("interactive"))
        return string(object(content, "body"), "text");
    if (type == QLatin1String("contacts")) {
        QStringList names;
        for (const QJsonValue& card : payload.value(QLatin1String("contacts")).toArray())
            names.append(string(object(card.toObject(), "name"), "formatted_name"));
        return names.join(QLatin1String(", "));
    }
    if (type == QLatin1String("template"))
        return string(content, "name");
    return {};
}

} // namespace

StoredMessage MessageSummary::fromOutbox(const OutboxItem& item)
{
    StoredMessage m;
    m.channelId = item.channelId;
    m.conversationId = item.conversationId;
    m.wamid = item.wamid;
    m.direction = StoredMessage::Direction::Outbound;
    m.origin = StoredMessage::Origin::Local;
    m.payload = item.payload;
    m.type = string(item.payload, "type");
    if (m.type.isEmpty())
        m.type = QStringLiteral("text");
    m.rawType = m.type;
    m.text = outboundTextOf(item.payload, m.type);
    const QJsonObject content = object(item.payload, m.type.toUtf8().constData());
    if (isMedia(m.type)) {
        m.caption = m.text;
        m.filename = string(content, "filename");
        const QString local = string(object(item.payload, "wabadesk"), "localFile");
        if (m.filename.isEmpty() && !local.isEmpty())
            m.filename = QFileInfo(local).fileName();
    }
    if (m.type == QLatin1String("location")) {
        m.latitude = content.value(QLatin1String("latitude")).toDouble();
        m.longitude = content.value(QLatin1String("longitude")).toDouble();
    }
    m.timestamp = item.createdAt;
    m.receivedAt = item.createdAt;
    switch (item.state) {
    case OutboxItem::State::Queued:
        m.status = QStringLiteral("queued");
        break;
    case OutboxItem::State::Sending:
        m.status = QStringLiteral("sending");
        break;
    case OutboxItem::State::Failed:
        m.status = QStringLiteral("failed");
        break;
    case OutboxItem::State::Sent:
        m.status = QStringLiteral("sent");
        break;
    case OutboxItem::State::Cancelled:
        m.status = QStringLiteral("cancelled");
        break;
    case OutboxItem::State::Unknown:
        m.status = QStringLiteral("unknown");
        break;
    }
    m.errorDetails = item.lastError;
    m.replyToId = string(object(item.payload, "context"), "message_id");
    return m;
}

QString MessageSummary::outboundText(const QJsonObject& payload)
{
    return outboundTextOf(payload, string(payload, "type"));
}

QString MessageSummary::shownText(const StoredMessage& m)
{
    if (!m.caption.isEmpty())
        return m.caption;
    if (m.text.isEmpty() && m.direction == StoredMessage::Direction::Outbound && !m.payload.isEmpty() &&
        m.type != QLatin1String("template"))
        return outboundText(m.payload);
    return m.text;
}

QString MessageSummary::oneLine(const StoredMessage& m)
{
    if (m.isDeleted())
        return tr("This message was deleted");
    QString text = text::toPlainText(shownText(m)).simplified();
    const QString type = m.type;
    QString what;
    if (type == QLatin1String("image"))
        what = tr("Photo");
    else if (type == QLatin1String("sticker"))
        what = tr("Sticker");
    else if (type == QLatin1String("video"))
        what = tr("Video");
    else if (type == QLatin1String("audio"))
        what = object(m.payload, "audio").value(QLatin1String("voice")).toBool() ? tr("Voice message") : tr("Audio");
    else if (type == QLatin1String("document"))
        what = m.filename.isEmpty() ? tr("Document") : m.filename;
    else if (type == QLatin1String("location"))
        what = tr("Location");
    else if (type == QLatin1String("contacts"))
        what = tr("Contact");
    else if (type == QLatin1String("template"))
        what = tr("Template");
    else if (type == QLatin1String("order"))
        what = tr("Order");
    if (what.isEmpty())
        return text.isEmpty() ? tr("Message") : text;
    return text.isEmpty() ? what : tr("%1 · %2").arg(what, text);
}

QString MessageSummary::plainText(const StoredMessage& m)
{
    if (m.isDeleted())
        return {};
    return text::toPlainText(shownText(m));
}

QString MessageSummary::errorText(const StoredMessage& m)
{
    if (m.status == QLatin1String("unknown"))
        return tr("Outcome unknown: the message left, but WabaDesk stopped before WhatsApp answered. It may have "
                  "reached the customer; it shows as sent if WhatsApp reports it. Retry may send it twice.");
    if (!m.isFailed())
        return {};
    if (m.errorCode != 0) {
        const api::ErrorExplanation* e = api::findErrorExplanation(m.errorCode);
        QString what = e ? QCoreApplication::translate("ErrorExplanations", e->title) : m.errorTitle;
        if (e && e->explanation)
            what += QStringLiteral(" — ") + QCoreApplication::translate("ErrorExplanations", e->explanation);
        else if (!m.errorDetails.isEmpty())
            what += QStringLiteral(" — ") + m.errorDetails;
        return tr("%1: %2").arg(m.errorCode).arg(what);
    }
    if (!m.errorDetails.isEmpty())
        return m.errorDetails;
    if (!m.errorTitle.isEmpty())
        return m.errorTitle;
    return tr("Not delivered (no reason given)");
}

QString MessageSummary::replyTo(const StoredMessage& m)
{
    if (!m.replyToId.isEmpty())
        return m.replyToId;
    return string(object(m.payload, "context"), "message_id");
}

QString MessageSummary::templateBody(const StoredMessage& m, const QList<Template>& templates)
{
    if (m.type != QLatin1String("template") || m.direction != StoredMessage::Direction::Outbound)
        return {};
    const QJsonObject t = object(m.payload, "template");
    const QString name = string(t, "name");
    const QString language = string(object(t, "language"), "code");
    QStringList positional;
    QHash<QString, QString> named;
    for (const QJsonValue& component : t.value(QLatin1String("components")).toArray()) {
        const QJsonObject c = component.toObject();
        if (string(c, "type").compare(QLatin1String("body"), Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue& parameter : c.value(QLatin1String("parameters")).toArray()) {
            const QJsonObject p = parameter.toObject();
            QString value = string(p, "text");
            if (value.isEmpty() && p.contains(QLatin1String("currency")))
                value = string(object(p, "currency"), "fallback_value");
            if (value.isEmpty() && p.contains(QLatin1String("date_time")))
                value = string(object(p, "date_time"), "fallback_value");
            positional.append(value);
            if (p.contains(QLatin1String("parameter_name")))
                named.insert(string(p, "parameter_name"), value);
        }
    }
    for (const Template& candidate : templates) {
        if (candidate.name != name || (!language.isEmpty() && candidate.language != language))
            continue;
        for (const QJsonValue& component : candidate.components) {
            const QJsonObject c = component.toObject();
            if (string(c, "type").compare(QLatin1String("body"), Qt::CaseInsensitive) != 0)
                continue;
            QString body = string(c, "text");
            static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
            QString out;
            qsizetype last = 0;
            for (auto it = placeholder.globalMatch(body); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                out += body.mid(last, match.capturedStart() - last);
                const QString key = match.captured(1);
                bool isNumber = false;
                const int n = key.toInt(&isNumber);
                if (isNumber && n >= 1 && n <= positional.size())
                    out += positional.at(n - 1);
                else if (named.contains(key))
                    out += named.value(key);
                else
                    out += match.captured(0);
                last = match.capturedEnd();
            }
            out += body.mid(last);
            return out;
        }
    }
    return positional.isEmpty() ? QString() : positional.join(QStringLiteral(" · "));
}

QString MessageSummary::status(const StoredMessage& m)
{
    if (m.direction != StoredMessage::Direction::Outbound)
        return {};
    if (m.status.isEmpty())
        return m.origin == StoredMessage::Origin::Echo ? QString() : QStringLiteral("sent");
    return m.status;
}

QString MessageSummary::statusText(const QString& status)
{
    if (status == QLatin1String("queued"))
        return tr("Queued: waiting to be sent");
    if (status == QLatin1String("sending"))
        return tr("Sending…");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("read"))
        return tr("Read");
    if (status == QLatin1String("played"))
        return tr("Played");
    if (status == QLatin1String("failed"))
        return tr("Not delivered");
    if (status == QLatin1String("deleted"))
        return tr("Deleted");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("unknown"))
        return tr("Outcome unknown");
    return readableApiValue(status);
}

QString MessageSummary::typeText(const QString& type)
{
    if (type == QLatin1String("text"))
        return tr("Text");
    if (type == QLatin1String("interactive"))
        return tr("Interactive reply");
    if (type == QLatin1String("button"))
        return tr("Button reply");
    if (type == QLatin1String("reaction"))
        return tr("Reaction");
    if (type == QLatin1String("system"))
        return tr("System message");
    if (type == QLatin1String("edit"))
        return tr("Edit");
    if (type == QLatin1String("revoke"))
        return tr("Deletion");
    if (type == QLatin1String("voice"))
        return tr("Voice message");
    const QString label = ConversationText::typeLabel(type);
    return label.isEmpty() ? readableApiValue(type) : label;
}

QString MessageSummary::pricingText(const MessageStatusRecord& r)
{
    QStringList parts;
    const QString category = r.pricingCategory.toLower();
    if (category == QLatin1String("service"))
        parts.append(tr("Service"));
    else if (category == QLatin1String("marketing"))
        parts.append(tr("Marketing"));
    else if (category == QLatin1String("marketing_lite"))
        parts.append(tr("Marketing (lite)"));
    else if (category == QLatin1String("utility"))
        parts.append(tr("Utility"));
    else if (category == QLatin1String("authentication"))
        parts.append(tr("Authentication"));
    else if (category == QLatin1String("authentication_international"))
        parts.append(tr("Authentication (international)"));
    else if (category == QLatin1String("referral_conversion"))
        parts.append(tr("Ad referral (free entry point)"));
    else if (!category.isEmpty())
        parts.append(readableApiValue(category));
    const QString model = r.pricingModel.toUpper();
    if (model == QLatin1String("PMP"))
        parts.append(tr("per message"));
    else if (model == QLatin1String("CBP"))
        parts.append(tr("per conversation"));
    else if (!model.isEmpty())
        parts.append(model);
    const QString type = r.pricingType.toLower();
    if (type == QLatin1String("regular"))
        parts.append(tr("charged"));
    else if (type == QLatin1String("free_customer_service"))
        parts.append(tr("free (customer service window)"));
    else if (type == QLatin1String("free_entry_point"))
        parts.append(tr("free (entry point)"));
    else if (!type.isEmpty())
        parts.append(readableApiValue(type));
    return parts.join(QStringLiteral(" · "));
}

} // namespace wabadesk::ui
