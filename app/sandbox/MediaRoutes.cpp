// Media (REFERENCE.md §2): upload, metadata + download URL, download through the swapped host, delete, and the
// resumable upload used for profile photos and template samples.
#include "api/MediaTypes.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"

#include <httplib.h>

#include <QJsonDocument>

#include <algorithm>
#include <string>

namespace wabadesk::sandbox {

namespace {

constexpr qint64 kUrlLifetimeSecs = 5 * 60; // the download URL of GET /{media_id} is valid for 5 minutes (§2)
constexpr size_t kDownloadChunk = 64 * 1024;

// Types the Resumable Upload API takes (Meta's uploads endpoint).
const QStringList& resumableTypes()
{
    static const QStringList types{QStringLiteral("application/pdf"), QStringLiteral("image/jpeg"),
                                   QStringLiteral("image/jpg"), QStringLiteral("image/png"),
                                   QStringLiteral("video/mp4")};
    return types;
}

// One part of a multipart/form-data body. cpp-httplib 0.23 moved the parsed parts from Request::files (every part) to
// Request::form (parts with a filename in form.files, the others in form.fields); cmake/Httplib.cmake finds out which
// API the library has. A part is looked for in both places, so that a text part sent with a filename, or a file part
// sent without one, is read the same with every version.
struct FormPart {
    bool present = false;
    std::string content;
    std::string fileName;
    std::string contentType;
};

FormPart formPart(const httplib::Request& req, const std::string& name)
{
#if WABADESK_HTTPLIB_FORM_API
    if (req.form.has_file(name)) {
        httplib::FormData file = req.form.get_file(name);
        return {true, std::move(file.content), std::move(file.filename), std::move(file.content_type)};
    }
    if (req.form.has_field(name))
        return {true, req.form.get_field(name), {}, {}};
    return {};
#else
    if (!req.has_file(name))
        return {};
    httplib::MultipartFormData file = req.get_file_value(name);
    return {true, std::move(file.content), std::move(file.filename), std::move(file.content_type)};
#endif
}

QString matchedId(const httplib::Request& req)
{
    return QString::fromStdString(req.matches[1].str());
}

void handleUpload(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    if (!req.is_multipart_form_data()) {
        replyError(res, graphError(100, QStringLiteral("The request must be multipart/form-data.")));
        return;
    }
    const FormPart file = formPart(req, "file");
    if (!file.present) {
        replyError(res, graphError(100, QStringLiteral("The parameter file is required.")));
        return;
    }
    const FormPart product = formPart(req, "messaging_product");
    if (!product.present) {
        replyError(res, graphError(100, QStringLiteral("The parameter messaging_product is required.")));
        return;
    }
    if (product.content != "whatsapp") {
        replyError(res, graphError(100, QStringLiteral("Param messaging_product must be 'whatsapp'.")));
        return;
    }
    // Meta takes the type from the `type` part; 360dialog's curl example only sets the file part's type (§2.1).
    const FormPart type = formPart(req, "type");
    const QString mimeType = QString::fromStdString(type.present ? type.content : file.contentType).trimmed();
    const qint64 size = static_cast<qint64>(file.content.size());
    if (const QString refusal = api::checkMediaUpload(mimeType, size); !refusal.isEmpty()) {
        replyError(res, graphError(131053, refusal));
        return;
    }
    const QByteArray bytes = QByteArray::fromStdString(file.content);
    const QString fileName = QString::fromStdString(file.fileName);
    const QString id = context.state.with([&](StateData& data) { return addMedia(data, bytes, mimeType, fileName); });
    replyJson(res, 200, QJsonObject{{QStringLiteral("id"), id}});
}

void handleInfo(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const QString id = matchedId(req);
    const qint64 now = nowSecs();
    const QString hash = randomToken(24);
    std::optional<QJsonObject> info = context.state.with([&](StateData& data) -> std::optional<QJsonObject> {
        const auto it = data.media.find(id);
        if (it == data.media.end())
            return std::nullopt;
        for (auto h = it->urlHashes.begin(); h != it->urlHashes.end();)
            h = h.value() < now ? it->urlHashes.erase(h) : std::next(h);
        it->urlHashes.insert(hash, now + kUrlLifetimeSecs);
        const QString url =
            QStringLiteral("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=%1&ext=%2&hash=%3")
                .arg(id, QString::number(now + kUrlLifetimeSecs), hash);
        return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("url"), url},
                           {QStringLiteral("mime_type"), it->mimeType},
                           {QStringLiteral("sha256"), it->sha256Hex},
                           {QStringLiteral("file_size"), QString::number(it->bytes.size())}, // a string, as in wajs
                           {QStringLiteral("id"), id}};
    });
    if (!info) {
        replyError(res, unknownObjectError(QStringLiteral("get"), id));
        return;
    }
    replyJson(res, 200, *info);
}

void handleDelete(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const QString id = matchedId(req);
    if (!context.state.with([&id](StateData& data) { return data.media.remove(id) > 0; })) {
        replyError(res, unknownObjectError(QStringLiteral("delete"), id));
        return;
    }
    replySuccess(res);
}

void handleDownload(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const QString id = queryParam(req, "mid");
    const QString hash = queryParam(req, "hash");
    const qint64 now = nowSecs();
    std::optional<StoredMedia> media = context.state.with([&](const StateData& data) -> std::optional<StoredMedia> {
        const auto it = data.media.constFind(id);
        if (it == data.media.constEnd() || hash.isEmpty() || it->urlHashes.value(hash, 0) < now)
            return std::nullopt;
        return *it;
    });
    if (!media) {
        GraphError error =
            graphError(100, QStringLiteral("The media URL is unknown or has expired. Call GET /{media_id} "
                                           "for a fresh one."));
        error.httpStatus = 404;
        replyError(res, error);
        return;
    }
    const QByteArray bytes = media->bytes; // shared, not copied: the provider reads it in chunks
    if (!media->fileName.isEmpty()) {
        QString safeName = media->fileName;
        safeName.remove(u'"');
        const QString disposition = QStringLiteral("attachment; filename=\"") + safeName + u'"';
        res.set_header("Content-Disposition", disposition.toStdString());
    }
    res.status = 200;
    res.set_content_provider(static_cast<size_t>(bytes.size()), media->mimeType.toStdString(),
                             [bytes](size_t offset, size_t length, httplib::DataSink& sink) {
                                 sink.write(bytes.constData() + offset, std::min(length, kDownloadChunk));
                                 return true;
                             });
}

void handleCreateSession(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    UploadSession session;
    session.fileName = queryParam(req, "file_name");
    session.fileType = queryParam(req, "file_type");
    bool lengthOk = false;
    session.length = queryParam(req, "file_length").toLongLong(&lengthOk);
    if (!lengthOk || session.length <= 0 || session.length > api::kMaxMediaBytes) {
        replyError(res, graphError(100, QStringLiteral("Param file_length must be a positive number of bytes.")));
        return;
    }
    if (!resumableTypes().contains(session.fileType)) {
        replyError(res, graphError(100, QStringLiteral("Param file_type must be one of %1.")
                                            .arg(resumableTypes().join(QStringLiteral(", ")))));
        return;
    }
    const QString id = randomToken(24);
    session.handle =
        QStringLiteral("4::") + QString::fromLatin1(session.fileType.toUtf8().toBase64()) + u':' + randomToken(48);
    context.state.with([&](StateData& data) { data.uploads.insert(id, session); });
    replyJson(res, 200, QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("upload:") + id)}});
}

void handleSessionUpload(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const QString id = matchedId(req);
    bool offsetOk = false;
    const qint64 offset = headerValue(req, "file_offset").toLongLong(&offsetOk);
    GraphError error;
    const QString handle = context.state.with([&](StateData& data) -> QString {
        const auto it = data.uploads.find(id);
        if (it == data.uploads.end()) {
            error = unknownObjectError(QStringLiteral("post"), QStringLiteral("upload:") + id);
            return {};
        }
        if (!offsetOk || offset != it->bytes.size()) {
            error = graphError(
                100,
                QStringLiteral("file_offset must be %1, the number of bytes received so far.").arg(it->bytes.size()));
            return {};
        }
        if (it->bytes.size() + static_cast<qint64>(req.body.size()) > it->length) {
            error = graphError(100, QStringLiteral("More bytes than the announced file_length (%1).").arg(it->length));
            return {};
        }
        it->bytes.append(QByteArray::fromStdString(req.body));
        return it->handle;
    });
    if (handle.isEmpty()) {
        replyError(res, error);
        return;
    }
    replyJson(res, 200, QJsonObject{{QStringLiteral("h"), handle}});
}

void handleSessionStatus(RouteContext& context, const httplib::Request& req, httplib::Response& res)
{
    const QString id = matchedId(req);
    const qint64 offset = context.state.with([&id](const StateData& data) -> qint64 {
        const auto it = data.uploads.constFind(id);
        return it == data.uploads.constEnd() ? -1 : it->bytes.size();
    });
    if (offset < 0) {
        replyError(res, unknownObjectError(QStringLiteral("get"), QStringLiteral("upload:") + id));
        return;
    }
    replyJson(res, 200,
              QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("upload:") + id)},
                          {QStringLiteral("file_offset"), offset}});
}

} // namespace

void registerMediaRoutes(SandboxRouter& router, RouteContext& context)
{
    using M = SandboxRouter::Method;
    auto bind = [&context](void (*fn)(RouteContext&, const httplib::Request&, httplib::Response&)) {
        return [&context, fn](const httplib::Request& req, httplib::Response& res) {
            fn(context, req, res);
        };
    };
    router.api(M::Post, "/media", bind(handleUpload));
    router.api(M::Get, R"(/(\d+))", bind(handleInfo));
    router.api(M::Delete, R"(/(\d+))", bind(handleDelete));
    router.api(M::Get, "/whatsapp_business/attachments/?", bind(handleDownload));
    router.api(M::Post, "/uploads", bind(handleCreateSession));
    router.api(M::Post, "/upload:([A-Za-z0-9_-]+)", bind(handleSessionUpload));
    router.api(M::Get, "/upload:([A-Za-z0-9_-]+)", bind(handleSessionStatus));
}

} // namespace wabadesk::sandbox
