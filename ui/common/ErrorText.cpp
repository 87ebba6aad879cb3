#include "common/ErrorText.h"

#include "api/ApiError.h"
#include "api/ErrorExplanations.h"

#include <QStringList>

namespace wabadesk::ui {

QString ErrorText::title(const api::ApiError& error)
{
    using Kind = api::ApiError::Kind;
    if (const api::ErrorExplanation* e = error.explanation())
        return QCoreApplication::translate("ErrorExplanations", e->title);
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Connection failed");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Timeout:
        return tr("No answer in time");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::MalformedResponse:
        return tr("Unexpected answer from the server");
    case Kind::Validation:
        return tr("Some values need correcting");
    case Kind::Http:
        return tr("The server answered with HTTP status %1").arg(error.httpStatus);
    case Kind::Api:
        break;
    }
    if (!error.title.isEmpty())
        return error.title;
    return tr("The API refused the request");
}

QString ErrorText::technicalDetails(const api::ApiError& error)
{
    QStringList lines;
    lines << tr("Kind: %1").arg(api::ApiError::kindName(error.kind));
    if (error.code != 0) {
        lines << (error.subcode != 0 ? tr("Error code: %1 (subcode %2)").arg(error.code).arg(error.subcode)
                                     : tr("Error code: %1").arg(error.code));
    }
    if (error.httpStatus != 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    if (!error.fbtraceId.isEmpty())
        lines << tr("fbtrace_id: %1").arg(error.fbtraceId);
    if (!error.message.isEmpty())
        lines << tr("Server message: %1").arg(error.message);
    if (!error.details.isEmpty())
        lines << tr("Details: %1").arg(error.details);
    if (error.retryAfterSeconds >= 0)
        lines << tr("Retry after: %1 s").arg(error.retryAfterSeconds);
    return lines.join(QLatin1Char('\n'));
}

QString ErrorText::oneParagraph(const api::ApiError& error)
{
    QStringList parts;
    const QString explanation = api::translatedExplanation(error);
    if (!explanation.isEmpty())
        parts << explanation;
    if (!error.problems.isEmpty())
        parts << error.problems.join(QStringLiteral("; "));
    const QString fix = api::translatedFix(error);
    if (!fix.isEmpty())
        parts << fix;
    if (parts.isEmpty())
        return title(error);
    //: An error headline, then its explanation and what to do.
    return tr("%1: %2").arg(title(error), parts.join(QLatin1Char(' ')));
}

} // namespace wabadesk::ui
