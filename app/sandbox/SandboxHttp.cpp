#include "sandbox/SandboxHttp.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace wabadesk::sandbox {

namespace {

struct CodeInfo {
    int code;
    int httpStatus;
    const char* title;
};

// Titles and HTTP statuses of REFERENCE.md §7.2 for the codes the sandbox answers with.
constexpr CodeInfo kCodes[] = {
    {100, 400, "Invalid parameter"},
    {130429, 400, "Rate limit hit"},
    {131000, 500, "Something went wrong"},
    {131026, 400, "Message undeliverable"},
    {131047, 400, "Re-engagement message"},
    {131053, 400, "Media upload error"},
    {132000, 400, "Number of parameters does not match the expected number of params"},
    {132001, 404, "Template name does not exist in the translation"},
    {132012, 400, "Parameter format does not match format in the created template"},
    {132015, 400, "Template is Paused"},
    {132016, 400, "Template is Disabled"},
    {132018, 400, "There was an issue with the parameters in your template."},
};

} // namespace

GraphError graphError(int code, const QString& details, int subcode)
{
    GraphError error;
    error.code = code;
    error.details = details;
    error.subcode = subcode;
    QString title = QStringLiteral("Unknown error");
    for (const CodeInfo& info : kCodes) {
        if (info.code == code) {
            title = QString::fromUtf8(info.title);
            error.httpStatus = info.httpStatus;
        }
    }
    error.message = QStringLiteral("(#%1) %2").arg(code).arg(title);
    return error;
}

GraphError unknownObjectError(const QString& method, const QString& id)
{
    GraphError error = graphError(100, {}, 33);
    error.type = QStringLiteral("GraphMethodException");
    error.message =
        QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due to "
                       "missing permissions, or does not support this operation. Please read the Graph "
                       "API documentation at https://developers.facebook.com/docs/graph-api")
            .arg(method.toLower(), id);
    error.details = error.message;
    return error;
}

QJsonObject graphErrorBody(const GraphError& error)
{
    QJsonObject inner{{QStringLiteral("message"), error.message},
                      {QStringLiteral("type"), error.type},
                      {QStringLiteral("code"), error.code},
                      {QStringLiteral("fbtrace_id"), newFbtraceId()}};
    if (!error.details.isEmpty()) {
        inner.insert(QStringLiteral("error_data"),
                     QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                 {QStringLiteral("details"), error.details}});
    }
    if (error.subcode != 0)
        inner.insert(QStringLiteral("error_subcode"), error.subcode);
    if (!error.userTitle.isEmpty()) {
        inner.insert(QStringLiteral("is_transient"), false);
        inner.insert(QStringLiteral("error_user_title"), error.userTitle);
        inner.insert(QStringLiteral("error_user_msg"), error.userMessage);
    }
    return QJsonObject{{QStringLiteral("error"), inner}};
}

void replyJson(httplib::Response& res, int status, const QJsonObject& body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void replyError(httplib::Response& res, const GraphError& error)
{
    replyJson(res, error.httpStatus, graphErrorBody(error));
}

void replySuccess(httplib::Response& res)
{
    replyJson(res, 200, QJsonObject{{QStringLiteral("success"), true}});
}

std::optional<QJsonObject> parseJsonObject(const std::string& body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString queryParam(const httplib::Request& req, const char* name)
{
    return QString::fromStdString(req.get_param_value(name));
}

QString headerValue(const httplib::Request& req, const char* name)
{
    return QString::fromStdString(req.get_header_value(name));
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomDigits(int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int digit = QRandomGenerator::global()->bounded(i == 0 ? 1 : 0, 10);
        out.append(QChar(u'0' + digit));
    }
    return out;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString newWamid(const QString& waId)
{
    // Real wamids are base64 of a small protobuf that starts with the recipient's number ("HBgL" + digits…).
    QByteArray raw = QByteArrayLiteral("\x1c\x18");
    raw.append(static_cast<char>(waId.size()));
    raw.append(waId.toLatin1());
    raw.append(QByteArrayLiteral("\x15\x02\x00\x11\x18\x12"));
    for (int i = 0; i < 18; ++i)
        raw.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));
    return QStringLiteral("wamid.") + QString::fromLatin1(raw.toBase64());
}

QString newFbtraceId()
{
    return randomToken(17).left(23);
}

QString digitsOnly(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace wabadesk::sandbox
