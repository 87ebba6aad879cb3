#pragma once

#include <QString>

#include <span>

namespace wabadesk::api {

class ApiError;

// One row of REFERENCE.md §7.2: what a Meta/360dialog error code means and what the user should do.
// The strings are marked with QT_TRANSLATE_NOOP in context "ErrorExplanations"; translate them with
// translatedExplanation()/translatedFix() where they are shown.
struct ErrorExplanation {
    int code;
    int lastCode; // inclusive upper bound for ranges such as 200–299; equal to code otherwise
    const char* title;
    const char* explanation;
    const char* fix;
    bool retryable;
};

std::span<const ErrorExplanation> errorExplanations();
const ErrorExplanation* findErrorExplanation(int code);

// Plain-language sentence for any error (API codes, transport kinds, validation), translated.
QString translatedExplanation(const ApiError& error);
// Suggested fix, translated; empty when there is nothing the user can do.
QString translatedFix(const ApiError& error);

} // namespace wabadesk::api
