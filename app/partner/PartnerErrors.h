#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace wabadesk::partner {

// An ApiError of the Partner API in the user's words. The channel-API texts (api/ErrorExplanations.h) would speak of
// a channel's key; here it is the partner's key, the partner id, a client's permission or the balance rate limit.
struct PartnerErrorText {
    QString title;       // one line
    QString explanation; // what happened
    QString fix;         // what to do; empty when nothing can be done
    bool wrongKey = false;
    bool rateLimited = false;
};

class PartnerErrors {
    Q_DECLARE_TR_FUNCTIONS(PartnerErrors)
public:
    // `action` says what was being done (generating a key is refused with 403 for missing permission, not a bad key).
    enum class Action { List, GenerateKey, Balance };
    static PartnerErrorText describe(const api::ApiError& error, Action action = Action::List);
    // Title, explanation and fix in one paragraph (the CLI, tooltips).
    static QString oneParagraph(const api::ApiError& error, Action action = Action::List);
};

} // namespace wabadesk::partner
