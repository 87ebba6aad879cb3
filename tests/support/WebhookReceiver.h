#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace wabadesk::test {

// A webhook receiver on 127.0.0.1 (cpp-httplib, its own threads): answers 200 to POST /hook and keeps every JSON
// body and the X-Webhook-Secret header, for tests of what the sandbox (or anything else) posts.
class WebhookReceiver {
public:
    WebhookReceiver();
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver&) = delete;
    WebhookReceiver& operator=(const WebhookReceiver&) = delete;

    QUrl url() const;
    QList<QJsonObject> bodies() const;
    QStringList secrets() const;

    // The value objects of every change with this field.
    QList<QJsonObject> values(const QString& field) const;
    // The statuses[] items about one message, in arrival order.
    QList<QJsonObject> statusesFor(const QString& wamid) const;
    // The change value whose messages[0] has this id.
    std::optional<QJsonObject> messageValue(const QString& wamid) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wabadesk::test
