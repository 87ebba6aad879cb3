#pragma once

#include <QMap>
#include <QString>
#include <QUrl>

namespace wabadesk {

// The webhook a channel (or the whole WABA) delivers to (REFERENCE.md §5.1/§5.2). `headers` are added by
// 360dialog to every webhook POST: the practical way to authenticate deliveries (§5.6).
struct WebhookConfig {
    QUrl url;
    QMap<QString, QString> headers;
    bool isSet() const { return !url.isEmpty(); }
};

} // namespace wabadesk
