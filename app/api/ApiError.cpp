#include "api/ApiError.h"

#include "api/ErrorExplanations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace wabadesk::api {

namespace {

// Largest body kept in an error text (a huge HTML error page must not end up in a dialog or a log).
constexpr qsizetype kMaxTextChars = 500;

QString shortened(const QString& text)
{
    QString t = text.simplified();
    if (t.size() > kMaxTextChars)
        t = t.left(kMaxTextChars) + QStringLiteral("…");
    return t;
}

// Graph error messages look like "(#131047) Re-engagement message"; the title is the part after the code.
QString titleFromMessage(const QString& message)
{
    static const QRegularExpression prefix(QStringLiteral("^\\(#\\d+\\)\\s*"));
    QString t = message;
    t.remove(prefix);
    return t;
}

int intValue(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString())
        return v.toString().toInt();
    return 0;
}

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
int parseRetryAfter(const QByteArray& header)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = h.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(h), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

void fillFromErrorObject(ApiError& e, const QJsonObject& err)
{
    e.code = intValue(err.value(QStringLiteral("code")));
    e.subcode = intValue(err.value(QStringLiteral("error_subcode")));
    e.message = shortened(err.value(QStringLiteral("message")).toString());
    e.title = shortened(err.value(QStringLiteral("title")).toString());
    if (e.title.isEmpty())
        e.title = titleFromMessage(e.message);
    const QJsonValue data = err.value(QStringLiteral("error_data"));
    // error_data may be a string for template-management errors (§7.1 notes).
    e.details =
        shortened(data.isObject() ? data.toObject().value(QStringLiteral("details")).toString() : data.toString());
    if (e.details.isEmpty())
        e.details = shortened(err.value(QStringLiteral("details")).toString()); // On-Premise errors[] shape
    if (e.details.isEmpty())
        e.details = shortened(err.value(QStringLiteral("error_user_msg")).toString());
    e.fbtraceId = err.value(QStringLiteral("fbtrace_id")).toString().left(64);
}

} // namespace

bool ApiError::isRetryableCode(int code)
{
    switch (code) {
    case 1:
    case 2:
    case 4:
    case 80007:
    case 130429:
    case 131000:
    case 131016:
    case 131049: // only after 24 hours, then with growing pauses (UPDATES-2026.md §8)
    case 131056: // only after a per-recipient delay (§8.2)
    case 131057:
    case 133004:
        return true;
    default:
        return false;
    }
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = parseRetryAfter(retryAfterHeader);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        if (root.value(QStringLiteral("error")).isObject()) { // Meta Graph error
            e.kind = Kind::Api;
            fillFromErrorObject(e, root.value(QStringLiteral("error")).toObject());
        } else if (root.value(QStringLiteral("meta")).isObject()) { // 360dialog gateway / On-Premise
            const QJsonObject meta = root.value(QStringLiteral("meta")).toObject();
            const QString dev = meta.value(QStringLiteral("developer_message")).toString();
            const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
            if (!errors.isEmpty()) {
                e.kind = Kind::Api;
                fillFromErrorObject(e, errors.first().toObject());
            }
            if (!dev.isEmpty()) {
                e.kind = Kind::Api;
                if (e.message.isEmpty())
                    e.message = shortened(dev);
                if (e.title.isEmpty())
                    e.title = shortened(dev);
            }
        } else if (root.value(QStringLiteral("errors")).isArray() &&
                   !root.value(QStringLiteral("errors")).toArray().isEmpty()) {
            e.kind = Kind::Api;
            fillFromErrorObject(e, root.value(QStringLiteral("errors")).toArray().first().toObject());
        }
    }
    if (e.kind == Kind::Http) // not a recognisable error body: keep a short piece of the text
        e.details = shortened(QString::fromUtf8(body.left(4 * kMaxTextChars)));
    if (e.title.isEmpty() && e.code != 0)
        if (const ErrorExplanation* x = findErrorExplanation(e.code))
            e.title = QString::fromUtf8(x->title);

    // A code decides (§7.2 retry policy); without one, 429 and 5xx are transient.
    e.retryable = e.code ? isRetryableCode(e.code) : (httpStatus == 429 || httpStatus >= 500);
    return e;
}

ApiError ApiError::transport(Kind kind, const QString& message)
{
    ApiError e;
    e.kind = kind;
    e.message = shortened(message);
    e.retryable = kind == Kind::Network || kind == Kind::Timeout;
    return e;
}

ApiError ApiError::malformed(int httpStatus, const QString& what)
{
    ApiError e;
    e.kind = Kind::MalformedResponse;
    e.httpStatus = httpStatus;
    e.message = shortened(what);
    return e;
}

ApiError ApiError::validation(const QStringList& problems)
{
    ApiError e;
    e.kind = Kind::Validation;
    e.problems = problems;
    e.message = problems.join(QStringLiteral("; "));
    return e;
}

const ErrorExplanation* ApiError::explanation() const
{
    if (kind != Kind::Api && kind != Kind::Http)
        return nullptr;
    return code != 0 ? findErrorExplanation(code) : nullptr;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case Kind::Validation:
        return QStringLiteral("validation");
    }
    return {};
}

QString ApiError::summary() const
{
    QStringList parts;
    parts << kindName(kind);
    if (httpStatus)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (code)
        parts << (subcode ? QStringLiteral("code %1/%2").arg(code).arg(subcode) : QStringLiteral("code %1").arg(code));
    if (!title.isEmpty())
        parts << title;
    else if (!message.isEmpty())
        parts << message;
    if (!details.isEmpty() && details != title)
        parts << details;
    if (!fbtraceId.isEmpty())
        parts << QStringLiteral("fbtrace_id %1").arg(fbtraceId);
    return parts.join(QStringLiteral(" | "));
}

QJsonObject ApiError::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("retryable"), retryable}};
    if (httpStatus)
        o.insert(QStringLiteral("http_status"), httpStatus);
    if (code)
        o.insert(QStringLiteral("code"), code);
    if (subcode)
        o.insert(QStringLiteral("subcode"), subcode);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    if (!fbtraceId.isEmpty())
        o.insert(QStringLiteral("fbtrace_id"), fbtraceId);
    if (retryAfterSeconds >= 0)
        o.insert(QStringLiteral("retry_after"), retryAfterSeconds);
    if (!problems.isEmpty())
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
    const QString explanation = translatedExplanation(*this);
    if (!explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), explanation);
    const QString fix = translatedFix(*this);
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    return o;
}

} // namespace wabadesk::api
