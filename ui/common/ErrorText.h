#pragma once

#include <QCoreApplication>
#include <QString>

namespace wabadesk::api {
class ApiError;
}

namespace wabadesk::ui {

// Turns an ApiError into the sentences the UI shows (the explanation and fix come from api/ErrorExplanations.h).
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(wabadesk::ui::ErrorText)
public:
    // Short headline: the explanation table's title for known codes, else one per kind.
    static QString title(const api::ApiError& error);
    // The technical facts support asks for (code, subcode, HTTP status, fbtrace_id, server message), one per line.
    static QString technicalDetails(const api::ApiError& error);
    // Title, explanation and fix in one paragraph, for logs and tooltips.
    static QString oneParagraph(const api::ApiError& error);
};

} // namespace wabadesk::ui
