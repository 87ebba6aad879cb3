#include "cli/Output.h"

#include "api/ErrorExplanations.h"
#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace wabadesk::cli {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

void Output::line(const QString& text) const
{
    if (!m_json)
        write(stdout, text);
}

void Output::problem(const QString& text) const
{
    if (!m_json)
        write(stderr, text);
}

void Output::rawJson(const QByteArray& body) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
    else
        write(stdout, QString::fromUtf8(body));
}

void Output::jsonObject(const QJsonObject& o) const
{
    write(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
}

int Output::usageError(const QString& message, const QString& hint) const
{
    if (m_json) {
        jsonObject(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                                     {QStringLiteral("message"), message}}}});
    } else {
        write(stderr, tr("wabadesk-cli: %1").arg(message));
        if (!hint.isEmpty())
            write(stderr, hint);
    }
    return ExitUsage;
}

int Output::exitCodeFor(const api::ApiError& error)
{
    using Kind = api::ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitOk;
    case Kind::Validation:
        return ExitUsage;
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::Cancelled:
        return ExitNetwork;
    case Kind::Http:
    case Kind::Api:
    case Kind::MalformedResponse:
        return ExitApi;
    }
    return ExitApi;
}

int Output::apiError(const api::ApiError& error) const
{
    if (m_json) {
        jsonObject(QJsonObject{{QStringLiteral("error"), error.toJson()}});
        return exitCodeFor(error);
    }
    using Kind = api::ApiError::Kind;
    if (error.kind == Kind::Validation) {
        write(stderr, tr("wabadesk-cli: refused, nothing was sent:"));
        for (const QString& p : error.problems)
            write(stderr, QStringLiteral("  ") + p);
        return ExitUsage;
    }
    QString head;
    if (error.code)
        head =
            tr("Error %1%2").arg(error.code).arg(error.subcode ? QStringLiteral("/%1").arg(error.subcode) : QString());
    else
        head = tr("Error (%1)").arg(api::ApiError::kindName(error.kind));
    if (error.httpStatus)
        head += tr(" (HTTP %1)").arg(error.httpStatus);
    const QString title = !error.title.isEmpty() ? error.title : error.message;
    if (!title.isEmpty())
        head += QStringLiteral(": ") + title;
    write(stderr, head);
    if (!error.details.isEmpty() && error.details != title)
        write(stderr, tr("Details: %1").arg(error.details));
    const QString explanation = api::translatedExplanation(error);
    if (!explanation.isEmpty())
        write(stderr, explanation);
    const QString fix = api::translatedFix(error);
    if (!fix.isEmpty())
        write(stderr, tr("What to do: %1").arg(fix));
    if (error.retryAfterSeconds >= 0)
        write(stderr, tr("Retry after: %n second(s)", nullptr, error.retryAfterSeconds));
    if (!error.fbtraceId.isEmpty())
        write(stderr, tr("fbtrace_id: %1").arg(error.fbtraceId));
    return exitCodeFor(error);
}

} // namespace wabadesk::cli
