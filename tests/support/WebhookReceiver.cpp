#include "WebhookReceiver.h"

#include <httplib.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <mutex>
#include <thread>

namespace wabadesk::test {

struct WebhookReceiver::Private {
    httplib::Server server;
    mutable std::mutex mutex;
    QList<QJsonObject> bodies;
    QStringList secrets;
    int port = 0;
    std::thread thread;
};

WebhookReceiver::WebhookReceiver()
    : d(std::make_unique<Private>())
{
    d->server.Post("/hook", [this](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(d->mutex);
        d->bodies.append(QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object());
        d->secrets.append(QString::fromStdString(req.get_header_value("X-Webhook-Secret")));
        res.status = 200;
    });
    d->port = d->server.bind_to_any_port("127.0.0.1");
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    while (!d->server.is_running())
        std::this_thread::yield();
}

WebhookReceiver::~WebhookReceiver()
{
    d->server.stop();
    d->thread.join();
}

QUrl WebhookReceiver::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(d->port));
}

QList<QJsonObject> WebhookReceiver::bodies() const
{
    std::lock_guard lock(d->mutex);
    return d->bodies;
}

QStringList WebhookReceiver::secrets() const
{
    std::lock_guard lock(d->mutex);
    return d->secrets;
}

QList<QJsonObject> WebhookReceiver::values(const QString& field) const
{
    QList<QJsonObject> out;
    for (const QJsonObject& body : bodies()) {
        for (const QJsonValue& entry : body.value(QStringLiteral("entry")).toArray()) {
            for (const QJsonValue& change : entry.toObject().value(QStringLiteral("changes")).toArray()) {
                if (change.toObject().value(QStringLiteral("field")).toString() == field)
                    out.append(change.toObject().value(QStringLiteral("value")).toObject());
            }
        }
    }
    return out;
}

QList<QJsonObject> WebhookReceiver::statusesFor(const QString& wamid) const
{
    QList<QJsonObject> out;
    for (const QJsonObject& value : values(QStringLiteral("messages"))) {
        for (const QJsonValue& status : value.value(QStringLiteral("statuses")).toArray()) {
            if (status.toObject().value(QStringLiteral("id")).toString() == wamid)
                out.append(status.toObject());
        }
    }
    return out;
}

std::optional<QJsonObject> WebhookReceiver::messageValue(const QString& wamid) const
{
    for (const QJsonObject& value : values(QStringLiteral("messages"))) {
        const QJsonArray messages = value.value(QStringLiteral("messages")).toArray();
        if (!messages.isEmpty() && messages.at(0).toObject().value(QStringLiteral("id")).toString() == wamid)
            return value;
    }
    return std::nullopt;
}

} // namespace wabadesk::test
