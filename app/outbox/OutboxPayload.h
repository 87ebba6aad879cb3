#pragma once

#include "model/OutboxItem.h"

#include <QJsonObject>
#include <QString>

namespace wabadesk::outbox {

// An outbox payload is the POST /messages body (REFERENCE.md §1) plus, for media still on disk, a private
// "wabadesk" object the sender reads and strips before anything goes out:
//   {"type": "image", "image": {"caption": "…"}, "wabadesk": {"localFile": "/path", "mimeType": "image/png"}}
// The media object has neither "id" nor "link" until the sender uploaded the file (§2.1) and put the id in.

QString localFile(const QJsonObject& payload);     // "" when the payload needs no upload
QString localMimeType(const QJsonObject& payload); // as checked when queued; "" = detect from the content
QJsonObject withLocalFile(QJsonObject payload, const QString& filePath, const QString& mimeType);
// A marketing template that goes through POST /marketing_messages (MM Lite, UPDATES-2026.md §9):
// {"wabadesk": {"marketingMessages": true}}, decided when it was queued (the channel's setting then).
bool viaMarketingMessages(const QJsonObject& payload);
QJsonObject withMarketingMessages(QJsonObject payload);
// The payload to send after the upload: media id in, link and the private object out.
QJsonObject withUploadedMedia(QJsonObject payload, const QString& mediaId);
// The body as it goes on the wire (without the private object).
QJsonObject wireBody(QJsonObject payload);

// What the bubble and the search index show for a sent message: the text body, a caption (a document's file name
// when it has none), the reaction emoji, "📍 name" for a location, "👤 name" for contacts, the interactive body,
// the template name.
QString displayText(const QJsonObject& payload);

// Templates are the only messages allowed outside the 24-hour window (§8.4); everything else is free-form.
bool isFreeForm(const QJsonObject& payload);

// Items with the same key are sent strictly one after another, oldest first.
QString orderingKey(const OutboxItem& item);

} // namespace wabadesk::outbox
