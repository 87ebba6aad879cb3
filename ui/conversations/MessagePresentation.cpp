#include "conversations/MessagePresentation.h"

#include "common/LocaleFormat.h"
#include "conversations/EventPresentation.h"
#include "conversations/MessageSummary.h"
#include "media/MediaDuration.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>

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

// The type's object in the payload: inbound items and outbound POST bodies both keep it under the type's name.
QJsonObject content(const StoredMessage& m)
{
    return m.payload.value(m.rawType.isEmpty() ? m.type : m.rawType).toObject();
}

QString mimeDescription(const QString& mime)
{
    if (mime.isEmpty())
        return {};
    const QMimeType type = QMimeDatabase().mimeTypeForName(mime.section(QLatin1Char(';'), 0, 0).trimmed());
    return type.isValid() && !type.comment().isEmpty() ? type.comment() : mime;
}

QString coordinates(double latitude, double longitude)
{
    const QLocale locale;
    // Where the decimal separator is a comma (de, es, pt_BR), a comma between the two numbers would be ambiguous.
    const QString separator = locale.decimalPoint() == QLatin1String(",") ? QStringLiteral("; ") : QStringLiteral(", ");
    return locale.toString(latitude, 'f', 5) + separator + locale.toString(longitude, 'f', 5);
}

void addMediaActions(MessagePresentation& p)
{
    p.actions.append({MessageActionKind::Open, MessagePresentation::tr("Open"), {}});
    p.actions.append({MessageActionKind::Save, MessagePresentation::tr("Save…"), {}});
}

// The kept file of a media message: the archive's or cache's (the locator), else the agent's own attachment.
QString localFileOf(const StoredMessage& m, const MessagePresentation::MediaLocator& locate)
{
    const QString located = locate ? locate(m) : QString();
    if (!located.isEmpty())
        return located;
    const QString local = string(object(m.payload, "wabadesk"), "localFile");
    return !local.isEmpty() && QFileInfo::exists(local) ? local : QString();
}

void presentMedia(const StoredMessage& m, const MessagePresentation::MediaLocator& locate, MessagePresentation& p)
{
    const QJsonObject o = content(m);
    const QString mime = m.mediaMimeType.isEmpty() ? string(o, "mime_type") : m.mediaMimeType;
    const QString kind = mimeDescription(mime);
    p.body = m.caption;
    if (m.type == QLatin1String("image") || m.type == QLatin1String("sticker")) {
        const bool sticker = m.type == QLatin1String("sticker");
        p.icon = sticker ? MessagePresentation::Icon::Sticker : MessagePresentation::Icon::Image;
        p.thumbnail = true;
        p.smallThumbnail = sticker;
        p.cardTitle = !m.filename.isEmpty() ? m.filename
                      : sticker
                          ? (o.value(QLatin1String("animated")).toBool() ? MessagePresentation::tr("Animated sticker")
                                                                         : MessagePresentation::tr("Sticker"))
                          : MessagePresentation::tr("Photo");
        p.cardSubtitle = kind;
        p.localImage = localFileOf(m, locate);
    } else if (m.type == QLatin1String("video")) {
        p.icon = MessagePresentation::Icon::Video;
        p.cardTitle = m.filename.isEmpty() ? MessagePresentation::tr("Video") : m.filename;
        p.cardSubtitle = kind;
        const QString file = localFileOf(m, locate);
        p.durationMs = file.isEmpty() ? 0 : media::mediaDurationMs(file).value_or(0);
        if (p.durationMs > 0)
            p.cardSubtitle = MessagePresentation::tr("%1 · %2").arg(kind, mediaTime(p.durationMs + 500)); // rounded
        p.actions.append({MessageActionKind::Play, MessagePresentation::tr("Play"), {}});
    } else if (m.type == QLatin1String("audio")) {
        const bool voice = o.value(QLatin1String("voice")).toBool();
        p.icon = voice ? MessagePresentation::Icon::Voice : MessagePresentation::Icon::Audio;
        p.cardTitle = voice ? MessagePresentation::tr("Voice message")
                            : (m.filename.isEmpty() ? MessagePresentation::tr("Audio") : m.filename);
        p.cardSubtitle = kind;
        p.player = true;
        p.isVoice = voice;
        const QString file = localFileOf(m, locate);
        p.durationMs = file.isEmpty() ? 0 : media::mediaDurationMs(file).value_or(0);
    } else {
        p.icon = MessagePresentation::Icon::Document;
        p.cardTitle = m.filename.isEmpty() ? MessagePresentation::tr("Document") : m.filename;
        p.cardSubtitle = kind;
    }
    addMediaActions(p);
}

void presentLocation(const StoredMessage& m, MessagePresentation& p)
{
    const QJsonObject o = content(m);
    const double latitude = m.latitude.value_or(o.value(QLatin1String("latitude")).toDouble());
    const double longitude = m.longitude.value_or(o.value(QLatin1String("longitude")).toDouble());
    const QString name = string(o, "name");
    const QString address = string(o, "address");
    p.icon = MessagePresentation::Icon::Location;
    p.cardTitle = !name.isEmpty() ? name : (address.isEmpty() ? MessagePresentation::tr("Location") : address);
    if (!name.isEmpty())
        p.cardSubtitle = address;
    p.cardLines.append(coordinates(latitude, longitude));
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    const QString lat = QString::number(latitude, 'f', 6);
    const QString lon = QString::number(longitude, 'f', 6);
    url.setQuery(QStringLiteral("mlat=%1&mlon=%2").arg(lat, lon));
    url.setFragment(QStringLiteral("map=16/%1/%2").arg(lat, lon));
    p.actions.append({MessageActionKind::OpenMap, MessagePresentation::tr("Open in maps"), url});
    const QString link = string(o, "url");
    if (!link.isEmpty())
        p.body = link;
}

void presentContacts(const StoredMessage& m, MessagePresentation& p)
{
    p.icon = MessagePresentation::Icon::Contact;
    const QJsonArray cards = m.payload.value(QLatin1String("contacts")).toArray();
    bool first = true;
    for (const QJsonValue& value : cards) {
        const QJsonObject card = value.toObject();
        const QJsonObject name = object(card, "name");
        QString display = string(name, "formatted_name");
        if (display.isEmpty())
            display =
                QStringList{string(name, "first_name"), string(name, "last_name")}.join(QLatin1Char(' ')).trimmed();
        QStringList details;
        for (const QJsonValue& phone : card.value(QLatin1String("phones")).toArray())
            details.append(string(phone.toObject(), "phone"));
        for (const QJsonValue& email : card.value(QLatin1String("emails")).toArray())
            details.append(string(email.toObject(), "email"));
        const QString company = string(object(card, "org"), "company");
        if (!company.isEmpty())
            details.prepend(company);
        if (first) {
            p.cardTitle = display;
            p.cardSubtitle = details.join(QStringLiteral(" · "));
            first = false;
        } else {
            p.cardLines.append(details.isEmpty() ? display
                                                 : MessagePresentation::tr("%1 · %2").arg(
                                                       display, details.join(QStringLiteral(" · "))));
        }
    }
    if (first)
        p.cardTitle = m.text.isEmpty() ? MessagePresentation::tr("Contact card") : m.text;
}

void presentOrder(const StoredMessage& m, MessagePresentation& p)
{
    const QJsonObject o = content(m);
    const QJsonArray items = o.value(QLatin1String("product_items")).toArray();
    p.icon = MessagePresentation::Icon::Order;
    p.cardTitle = MessagePresentation::tr("Order");
    double total = 0;
    QString currency;
    const QLocale locale;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const double quantity = item.value(QLatin1String("quantity")).toDouble();
        const double price = item.value(QLatin1String("item_price")).toDouble();
        currency = string(item, "currency");
        total += quantity * price;
        p.cardLines.append(
            MessagePresentation::tr("%1 × %2 · %3 %4")
                .arg(locale.toString(quantity), string(item, "product_retailer_id"), locale.toString(price), currency));
    }
    if (!items.isEmpty())
        p.cardSubtitle = MessagePresentation::tr("Total %1 %2").arg(locale.toString(total), currency);
    p.body = m.text;
}

// Inbound replies to interactive messages (§6.3) and outbound interactive messages (§1.7).
void presentInteractive(const StoredMessage& m, MessagePresentation& p)
{
    const QJsonObject o = content(m);
    const QString kind = string(o, "type");
    if (m.direction == StoredMessage::Direction::Inbound) {
        if (kind == QLatin1String("button_reply")) {
            p.labels.append(MessagePresentation::tr("Tapped a reply button"));
            p.body = m.text;
        } else if (kind == QLatin1String("list_reply")) {
            p.labels.append(MessagePresentation::tr("Chose from a list"));
            const QString description = string(object(o, "list_reply"), "description");
            p.body = description.isEmpty() ? m.text : m.text + QLatin1Char('\n') + description;
        } else if (kind == QLatin1String("nfm_reply")) {
            p.labels.append(MessagePresentation::tr("Flow response"));
            const QJsonObject reply = object(o, "nfm_reply");
            p.body = string(reply, "body");
            const QJsonObject response = QJsonDocument::fromJson(string(reply, "response_json").toUtf8()).object();
            for (auto it = response.begin(); it != response.end(); ++it) {
                const QString value =
                    it.value().isString()
                        ? it.value().toString()
                        : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
                p.cardLines.append(MessagePresentation::tr("%1: %2").arg(it.key(), value));
            }
            if (!p.cardLines.isEmpty()) {
                p.icon = MessagePresentation::Icon::Buttons;
                p.cardTitle = MessagePresentation::tr("Answers");
            }
        } else {
            p.labels.append(MessagePresentation::tr("Interactive reply (%1)").arg(kind));
            p.body = m.text;
        }
        return;
    }
    p.body = string(object(o, "body"), "text");
    const QString header = string(object(o, "header"), "text");
    if (!header.isEmpty())
        p.body = QStringLiteral("*%1*\n%2").arg(header, p.body);
    const QString footer = string(object(o, "footer"), "text");
    const QJsonObject action = object(o, "action");
    p.icon = MessagePresentation::Icon::Buttons;
    if (kind == QLatin1String("list")) {
        p.cardTitle = string(action, "button");
        for (const QJsonValue& section : action.value(QLatin1String("sections")).toArray()) {
            for (const QJsonValue& row : section.toObject().value(QLatin1String("rows")).toArray())
                p.cardLines.append(QStringLiteral("• ") + string(row.toObject(), "title"));
        }
    } else if (kind == QLatin1String("button")) {
        p.cardTitle = MessagePresentation::tr("Reply buttons");
        for (const QJsonValue& button : action.value(QLatin1String("buttons")).toArray())
            p.cardLines.append(QStringLiteral("▸ ") + string(object(button.toObject(), "reply"), "title"));
    } else {
        p.cardTitle = MessagePresentation::tr("Interactive message (%1)").arg(kind);
        p.cardLines.append(string(object(action, "parameters"), "display_text"));
        p.cardLines.removeAll(QString());
    }
    p.cardSubtitle = footer;
}

} // namespace

MessagePresentation MessagePresentation::of(const StoredMessage& m, const QString& templateBody,
                                            const MediaLocator& locateMedia)
{
    MessagePresentation p;
    const QString& type = m.type;
    if (presentEvent(m, p)) // calls, call permissions, Flow replies, group lines (EventPresentation.cpp)
        return p;
    if (m.origin == StoredMessage::Origin::Echo)
        p.senderLine = tr("Sent from the phone · WhatsApp Business app");
    else if (!m.senderKey.isEmpty()) // a group: who wrote
        p.senderLine = m.senderName.isEmpty() ? m.senderKey : m.senderName;
    if (m.isFrequentlyForwarded)
        p.labels.append(tr("Forwarded many times"));
    else if (m.isForwarded)
        p.labels.append(tr("Forwarded"));

    if (m.isDeleted()) {
        p.notice = tr("This message was deleted");
        if (!m.previousText.isEmpty()) {
            p.historyLabel = tr("Show what it said");
            p.historyText = m.previousText;
        }
        return p;
    }
    if (type == QLatin1String("text")) {
        p.body = MessageSummary::shownText(m);
    } else if (type == QLatin1String("image") || type == QLatin1String("sticker") || type == QLatin1String("video") ||
               type == QLatin1String("audio") || type == QLatin1String("document")) {
        presentMedia(m, locateMedia, p);
    } else if (type == QLatin1String("location")) {
        presentLocation(m, p);
    } else if (type == QLatin1String("contacts")) {
        presentContacts(m, p);
    } else if (type == QLatin1String("interactive")) {
        presentInteractive(m, p);
    } else if (type == QLatin1String("button")) {
        p.labels.append(tr("Tapped a template button"));
        p.body = m.text;
    } else if (type == QLatin1String("order")) {
        presentOrder(m, p);
    } else if (type == QLatin1String("system")) {
        p.isSystem = true;
        p.body = m.text;
    } else if (type == QLatin1String("template")) {
        const QJsonObject t = content(m);
        const QString language = string(object(t, "language"), "code");
        const QString name = string(t, "name").isEmpty() ? m.text : string(t, "name");
        p.labels.append(language.isEmpty() ? tr("Template · %1").arg(name)
                                           : tr("Template · %1 (%2)").arg(name, language));
        p.body = templateBody.isEmpty() ? QString() : templateBody;
        if (p.body.isEmpty())
            p.notice = tr("Template text not available");
    } else if (type == QLatin1String("reaction")) {
        // Only reactions to messages the store does not have come here (the others are shown on their message).
        //: A customer's reaction to a message sent before WabaDesk was installed, or from another tool. %1: the emoji.
        p.notice = tr("Reacted %1 to a message that is not in this history").arg(m.text);
    } else if (type == QLatin1String("unsupported")) {
        const QString what = string(content(m), "type");
        p.notice = what.isEmpty() ? tr("This message type is not supported by the WhatsApp Cloud API")
                                  : tr("This message type (%1) is not supported by the WhatsApp Cloud API").arg(what);
        if (!m.errorTitle.isEmpty())
            p.labels.append(m.errorTitle);
    } else if (m.origin == StoredMessage::Origin::Placeholder) {
        p.notice = tr("Only the status of this message is known");
    } else {
        p.notice = tr("Unknown message type “%1”, kept as received").arg(m.rawType.isEmpty() ? type : m.rawType);
        p.body = m.text;
    }
    if (m.isEdited() && !m.previousText.isEmpty()) {
        p.historyLabel = tr("Show previous text");
        p.historyText = m.previousText;
    }
    return p;
}

} // namespace wabadesk::ui
