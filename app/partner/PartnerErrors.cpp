#include "partner/PartnerErrors.h"

#include "api/ErrorExplanations.h"

#include <QNetworkReply>

namespace wabadesk::partner {

PartnerErrorText PartnerErrors::describe(const api::ApiError& e, Action action)
{
    using Kind = api::ApiError::Kind;
    PartnerErrorText t;
    QString serverSaid = e.message.isEmpty() ? e.title : e.message;
    while (serverSaid.endsWith(QLatin1Char('.')))
        serverSaid.chop(1); // it is quoted inside a sentence of ours
    switch (e.kind) {
    case Kind::None:
        return t;
    case Kind::Validation:
        t.title = tr("Not sent");
        // The problems themselves are listed by whoever shows the error (ApiError::problems).
        t.fix = tr("Complete the partner settings and try again.");
        return t;
    case Kind::Network:
        t.title = tr("360dialog's Partner API cannot be reached");
        t.explanation = e.networkError == QNetworkReply::HostNotFoundError ||
                                e.networkError == QNetworkReply::ConnectionRefusedError
                            ? tr("The Partner API address did not answer (%1).").arg(e.message)
                            : tr("The connection failed: %1.").arg(e.message);
        t.fix = tr("Check the internet connection and the Partner API URL, then try again.");
        return t;
    case Kind::Tls:
        t.title = tr("No secure connection to the Partner API");
        t.explanation = api::translatedExplanation(e);
        t.fix = api::translatedFix(e);
        return t;
    case Kind::Timeout:
        t.title = tr("The Partner API did not answer in time");
        t.explanation = api::translatedExplanation(e);
        t.fix = tr("Try again; if it persists, check the connection.");
        return t;
    case Kind::Cancelled:
        t.title = tr("Cancelled");
        return t;
    case Kind::MalformedResponse:
        t.title = tr("Not a Partner API answer");
        t.explanation = tr("The server at the Partner API URL does not answer like 360dialog's Partner API.");
        t.fix = tr("Check the Partner API URL (normally https://hub.360dialog.io/api/v2).");
        return t;
    case Kind::Http:
    case Kind::Api:
        break;
    }
    switch (e.httpStatus) {
    case 401:
        t.wrongKey = true;
        t.title = tr("The Partner API key was not accepted");
        t.explanation = tr("360dialog refused the Partner API key%1.")
                            .arg(serverSaid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverSaid));
        t.fix = tr("Generate a key in the Partner Hub (Partner Integration → API Keys), enter it again, and check "
                   "that the partner id belongs to that account.");
        return t;
    case 403:
        if (action == Action::GenerateKey) {
            t.title = tr("No permission to generate this channel's key");
            t.explanation = tr("360dialog does not let this partner generate an API key for the channel%1. This is "
                               "the case when the client pays 360dialog directly and removed the partner's access.")
                                .arg(serverSaid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverSaid));
            t.fix = tr("Ask the client to give you access again, or to generate the key in their Client Hub and add "
                       "the channel with it (Channel → Add Channel…).");
            return t;
        }
        t.wrongKey = true;
        t.title = tr("The Partner API key may not do this");
        t.explanation = tr("360dialog refused the request for this key%1.")
                            .arg(serverSaid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverSaid));
        t.fix = tr("Check that the key and the partner id belong to the same partner account.");
        return t;
    case 404:
        t.title = tr("Not found");
        t.explanation = tr("360dialog does not know this partner, client or channel%1.")
                            .arg(serverSaid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverSaid));
        t.fix = tr("Check the partner id: it is in the Partner Hub's address and ends in \"PA\".");
        return t;
    case 429:
        t.rateLimited = true;
        t.title = tr("Too many requests");
        t.explanation = action == Action::Balance ? tr("360dialog allows 5 balance requests per client in 30 seconds.")
                                                  : tr("360dialog asks to slow down.");
        t.fix = e.retryAfterSeconds > 0 ? tr("Wait %n second(s), then try again.", nullptr, e.retryAfterSeconds)
                                        : tr("Wait half a minute, then try again.");
        return t;
    default:
        break;
    }
    if (e.httpStatus >= 500) {
        t.title = tr("360dialog had an internal error");
        t.explanation = serverSaid;
        t.fix = tr("Try again later; if it persists, contact 360dialog support.");
        return t;
    }
    t.title = tr("360dialog refused the request");
    t.explanation = serverSaid.isEmpty() ? tr("HTTP %1").arg(e.httpStatus) : serverSaid;
    if (action == Action::GenerateKey)
        t.fix = tr("Only a channel that is ready or running can get a key; check its status in the Partner Hub.");
    return t;
}

QString PartnerErrors::oneParagraph(const api::ApiError& error, Action action)
{
    const PartnerErrorText t = describe(error, action);
    QStringList parts{t.title};
    if (!t.explanation.isEmpty())
        parts << t.explanation;
    parts << error.problems;
    if (!t.fix.isEmpty())
        parts << tr("What to do: %1").arg(t.fix);
    for (QString& p : parts)
        if (!p.endsWith(QLatin1Char('.')) && !p.endsWith(QLatin1Char(')')))
            p += QLatin1Char('.');
    return parts.join(QLatin1Char(' '));
}

} // namespace wabadesk::partner
