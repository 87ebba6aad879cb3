#pragma once

#include <QStringList>
#include <QUrl>

namespace wabadesk::channels {

// REFERENCE.md §5.4: a webhook URL must be https, well-formed, with a host without "_" and without a port.
// `allowLoopback` lets the local sandbox deliver to http://127.0.0.1:PORT (the real 360dialog never accepts that).
// Returns one translated line per broken rule; empty when the URL is acceptable.
QStringList checkWebhookUrl(const QString& url, bool allowLoopback = false);

// A random secret for the X-WabaDesk-Secret header (32 bytes, base64url).
QByteArray generateWebhookSecret();
// "Basic base64(user:pass)" for an Authorization header.
QByteArray basicAuthorization(const QString& user, const QString& password);

} // namespace wabadesk::channels
