// Business profile (REFERENCE.md §4), webhook configuration (§5) and the phone-number info call.
#include "api/ProfileValidation.h"
#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxNumbers.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"

#include <httplib.h>

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace wabadesk::sandbox {

namespace {

const QStringList& profileFields()
{
    static const QStringList fields{QStringLiteral("about"),
                                    QStringLiteral("address"),
                                    QStringLiteral("description"),
                                    QStringLiteral("email"),
                                    QStringLiteral("profile_picture_url"),
                                    QStringLiteral("websites"),
                                    QStringLiteral("vertical")};
    return fields;
}

void handleGetProfile(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const QJsonObject profile = context.state.with([](const StateData& data) { return data.profile; });
    QStringList wanted = profileFields();
    if (const QString fields = queryParam(req, "fields"); !fields.isEmpty()) {
        wanted = fields.split(u',', Qt::SkipEmptyParts);
        for (QString& field : wanted) {
            field = field.trimmed();
            if (!profileFields().contains(field)) {
                replyError(res, graphError(100, QStringLiteral("Tried accessing nonexisting field (%1)").arg(field)));
                return;
            }
        }
    }
    QJsonObject item;
    for (const QString& field : wanted) {
        if (profile.contains(field))
            item.insert(field, profile.value(field));
    }
    // The picture is served by this server, as Meta serves it from its CDN: a public URL without the key.
    if (const QString picture = item.value(QStringLiteral("profile_picture_url")).toString(); picture.startsWith(u'/'))
        item.insert(QStringLiteral("profile_picture_url"),
                    QStringLiteral("http://%1%2").arg(QString::fromStdString(req.get_header_value("Host")), picture));
    item.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    replyJson(res, 200, QJsonObject{{QStringLiteral("data"), QJsonArray{item}}});
}

const UploadSession* completedUpload(const StateData& data, const QString& handle)
{
    for (const UploadSession& s : data.uploads)
        if (s.handle == handle && s.bytes.size() == s.length)
            return &s;
    return nullptr;
}

// §4.2 limits, through the same check the client runs, plus what only the server knows (unknown keys, handles).
// Returns the problems joined, or an empty string.
QString checkProfileUpdate(const QJsonObject& body, const StateData& data)
{
    QStringList problems = api::validateProfileUpdate(body);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const bool known = key == QLatin1String("messaging_product") ||
                           key == QLatin1String("profile_picture_handle") ||
                           (profileFields().contains(key) && key != QLatin1String("profile_picture_url"));
        if (!known)
            problems.append(QStringLiteral("Unexpected key \"%1\" on param.").arg(key));
    }
    if (body.contains(QStringLiteral("profile_picture_handle"))) {
        const QString handle = body.value(QStringLiteral("profile_picture_handle")).toString();
        const UploadSession* upload = completedUpload(data, handle);
        if (!upload)
            problems.append(QStringLiteral("profile_picture_handle: not the handle of a completed image upload"));
        else if (upload->fileType != QLatin1String("image/jpeg") && upload->fileType != QLatin1String("image/jpg") &&
                 upload->fileType != QLatin1String("image/png"))
            problems.append(QStringLiteral("profile_picture_handle: the picture must be a JPEG or PNG image"));
    }
    return problems.join(QStringLiteral("; "));
}

void handleUpdateProfile(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const std::optional<QJsonObject> body = parseJsonObject(req.body);
    if (!body) {
        replyError(res, graphError(100, QStringLiteral("The request body is not a valid JSON object.")));
        return;
    }
    const QString problem = context.state.with([&body](StateData& data) {
        QString found = checkProfileUpdate(*body, data);
        if (!found.isEmpty())
            return found;
        for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
            if (it.key() == QLatin1String("profile_picture_handle")) {
                const UploadSession* upload = completedUpload(data, it.value().toString());
                const QString id = randomDigits(9);
                data.profilePhotos.insert(id, {upload->bytes, upload->fileType});
                data.profile.insert(QStringLiteral("profile_picture_url"),
                                    QStringLiteral("/_sandbox/pps/%1.jpg").arg(id));
            } else if (it.key() != QLatin1String("messaging_product")) {
                data.profile.insert(it.key(), it.value());
            }
        }
        return found;
    });
    if (!problem.isEmpty()) {
        replyError(res, graphError(100, problem));
        return;
    }
    replySuccess(res);
}

QJsonObject webhookJson(const WebhookTarget& target)
{
    QJsonObject headers;
    for (auto it = target.headers.cbegin(); it != target.headers.cend(); ++it)
        headers.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("url"), target.url.toString()}, {QStringLiteral("headers"), headers}};
}

// Real 360dialog wants a public HTTPS URL with a valid certificate, no port and no underscore in the host (§5.4).
// The sandbox posts to local listeners, so it also takes http:// on loopback, with any port.
QString checkWebhookBody(const QJsonObject& body, WebhookTarget* target)
{
    if (!body.value(QStringLiteral("url")).isString())
        return QStringLiteral("The parameter url is required.");
    const QUrl url(body.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    const QString host = url.host();
    const bool loopback =
        host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
    const bool https = url.scheme() == QLatin1String("https");
    if (!url.isValid() || host.isEmpty() || !(https || (url.scheme() == QLatin1String("http") && loopback)))
        return QStringLiteral("Param url must be an https:// URL (http:// is accepted for loopback only).");
    if (body.contains(QStringLiteral("headers")) && !body.value(QStringLiteral("headers")).isObject())
        return QStringLiteral("Param headers must be an object of header names to values.");
    const QJsonObject headers = body.value(QStringLiteral("headers")).toObject();
    target->url = url;
    target->headers.clear();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (!it.value().isString())
            return QStringLiteral("Header %1 must have a string value.").arg(it.key());
        target->headers.insert(it.key(), it.value().toString());
    }
    return {};
}

void registerWebhookRoutes(SandboxRouter& router, RouteContext& context, const std::string& path, bool waba)
{
    using M = SandboxRouter::Method;
    router.api(M::Get, path, [&context, waba](const httplib::Request& req, httplib::Response& res) {
        const QByteArray key = QByteArray::fromStdString(req.get_header_value("D360-API-KEY"));
        const WebhookTarget target = context.state.with([waba, &key](const StateData& data) {
            // Another number the Partner API made a key for has webhooks of its own (SandboxNumbers.h).
            if (const PartnerChannelRecord* other = otherNumberForKey(data, key))
                return WebhookTarget{waba ? other->wabaWebhookUrl : other->phoneWebhookUrl,
                                     waba ? other->wabaWebhookHeaders : other->phoneWebhookHeaders};
            return waba ? data.wabaWebhook : data.phoneWebhook;
        });
        if (!target.isSet()) {
            // One client reads 404 as "no webhook set yet" (§5.1).
            GraphError error = graphError(100, QStringLiteral("No webhook URL is set."));
            error.httpStatus = 404;
            replyError(res, error);
            return;
        }
        replyJson(res, 200, webhookJson(target));
    });
    router.api(M::Post, path, [&context, waba](const httplib::Request& req, httplib::Response& res) {
        const std::optional<QJsonObject> body = parseJsonObject(req.body);
        WebhookTarget target;
        const QString problem =
            body ? checkWebhookBody(*body, &target) : QStringLiteral("The request body is not a valid JSON object.");
        if (!problem.isEmpty()) {
            replyError(res, graphError(100, problem));
            return;
        }
        const QByteArray key = QByteArray::fromStdString(req.get_header_value("D360-API-KEY"));
        context.state.with([&](StateData& data) {
            if (PartnerChannelRecord* other = otherNumberForKey(data, key)) {
                (waba ? other->wabaWebhookUrl : other->phoneWebhookUrl) = target.url;
                (waba ? other->wabaWebhookHeaders : other->phoneWebhookHeaders) = target.headers;
                return;
            }
            (waba ? data.wabaWebhook : data.phoneWebhook) = target;
        });
        replyJson(res, 200, webhookJson(target));
    });
}

} // namespace

void registerAccountRoutes(SandboxRouter& router, RouteContext& context)
{
    using M = SandboxRouter::Method;
    router.api(M::Get, "/whatsapp_business_profile", [&context](const httplib::Request& req, httplib::Response& res) {
        handleGetProfile(context, req, res);
    });
    router.api(M::Post, "/whatsapp_business_profile", [&context](const httplib::Request& req, httplib::Response& res) {
        handleUpdateProfile(context, req, res);
    });
    router.open(M::Get, "/_sandbox/pps/([0-9]+)\\.jpg",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    const QString id = QString::fromStdString(req.matches[1].str());
                    const std::optional<ProfilePhoto> photo = context.state.with([&id](const StateData& data) {
                        const auto it = data.profilePhotos.constFind(id);
                        return it == data.profilePhotos.constEnd() ? std::nullopt : std::optional<ProfilePhoto>(*it);
                    });
                    if (!photo) {
                        res.status = 404;
                        return;
                    }
                    res.status = 200;
                    res.set_content(photo->bytes.toStdString(), photo->mimeType.toStdString());
                });
    registerWebhookRoutes(router, context, "/v1/configs/webhook", false);
    registerWebhookRoutes(router, context, "/waba_webhook", true);
    // Seen in client code only (§0.2, §11.2); a cheap authenticated call that names the channel.
    router.api(M::Get, "/v1/configs/phone_number", [&context](const httplib::Request& req, httplib::Response& res) {
        // The number the key belongs to: the sandbox's, or one the Partner API made a key for.
        const QByteArray key = QByteArray::fromStdString(req.get_header_value("D360-API-KEY"));
        const std::optional<PartnerChannelRecord> other =
            context.state.with([&key](const StateData& data) -> std::optional<PartnerChannelRecord> {
                const PartnerChannelRecord* found = otherNumberForKey(data, key);
                return found ? std::optional(*found) : std::nullopt;
            });
        if (other) {
            replyJson(res, 200,
                      QJsonObject{{QStringLiteral("phone_number"), other->phoneNumber},
                                  {QStringLiteral("id"), other->phoneNumberId},
                                  {QStringLiteral("display_phone_number"), other->phoneNumber},
                                  {QStringLiteral("verified_name"), other->phoneName},
                                  {QStringLiteral("quality_rating"), other->quality},
                                  {QStringLiteral("platform_type"), QStringLiteral("CLOUD_API")},
                                  {QStringLiteral("waba_id"), other->wabaId}});
            return;
        }
        replyJson(res, 200,
                  QJsonObject{{QStringLiteral("phone_number"), SandboxChannel::displayPhoneNumber()},
                              {QStringLiteral("id"), SandboxChannel::phoneNumberId()},
                              {QStringLiteral("display_phone_number"), SandboxChannel::displayPhoneNumber()},
                              {QStringLiteral("verified_name"), SandboxChannel::verifiedName()},
                              {QStringLiteral("quality_rating"), QStringLiteral("GREEN")},
                              {QStringLiteral("code_verification_status"), QStringLiteral("VERIFIED")},
                              {QStringLiteral("name_status"), QStringLiteral("APPROVED")},
                              {QStringLiteral("platform_type"), QStringLiteral("CLOUD_API")},
                              {QStringLiteral("throughput"),
                               QJsonObject{{QStringLiteral("level"), QStringLiteral("STANDARD")}}},
                              {QStringLiteral("waba_id"), SandboxChannel::wabaId()}});
    });
}

} // namespace wabadesk::sandbox
