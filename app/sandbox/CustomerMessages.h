#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wabadesk::sandbox {

// The `messages[]` items customers send (REFERENCE.md §6.3), without from/id/timestamp (recordInbound adds those).
// Pure JSON; media items name a media id the caller stored first (addMedia).
namespace inbound {

QJsonObject text(const QString& body);
// `body` quoting one of the business's messages (context.id).
QJsonObject replyTo(const QString& body, const QString& businessWamid);
QJsonObject reaction(const QString& wamid, const QString& emoji);
// An edit of the customer's own earlier text (§6.3 "edit").
QJsonObject edit(const QString& originalWamid, const QString& newBody);
// `type`: image, video, audio, document, sticker. `bytes` give the sha256 (base64 in webhooks, §6.3).
QJsonObject media(const QString& type, const QString& mediaId, const QString& mimeType, const QByteArray& bytes,
                  const QJsonObject& extra = {});
QJsonObject location(double latitude, double longitude, const QString& name, const QString& address);
QJsonObject contactCard(const QString& formattedName, const QString& phone, const QString& waId);
// An order from the catalogue with two items (§6.3 "order").
QJsonObject order(const QString& text);
// A tap on a reply button (or a list row) of an interactive message of the business.
QJsonObject buttonReply(const QString& id, const QString& title, const QString& businessWamid);
QJsonObject listReply(const QString& id, const QString& title, const QString& description,
                      const QString& businessWamid);
// A tap on a template's quick-reply button (§6.3 "button").
QJsonObject templateButton(const QString& text, const QString& payload, const QString& businessWamid);
// A type this API version does not pass on (§6.3 unsupported, with its error 131051).
QJsonObject unsupported(const QString& whatType);

} // namespace inbound

// A one-page PDF with `title` on it, enough for a viewer to open.
QByteArray demoPdf(const QString& title);

} // namespace wabadesk::sandbox
