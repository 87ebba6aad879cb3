#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wabadesk::cli {

// Translation for wabadesk-cli's own strings (context "wabadesk-cli"); n fills %n plurals.
QString tr(const char* text, int n = -1);

// Where wabadesk-cli writes: results to stdout, problems to stderr; --json puts everything on stdout as JSON.
class Output {
public:
    explicit Output(bool json)
        : m_json(json)
    {}
    bool json() const { return m_json; }

    void line(const QString& text) const;        // stdout, human mode only
    void problem(const QString& text) const;     // stderr, human mode only (one problem of several)
    void rawJson(const QByteArray& body) const;  // stdout: the response as received (pretty when JSON)
    void jsonObject(const QJsonObject& o) const; // stdout
    // A usage problem: one line on stderr (or an error object with --json). Returns ExitUsage.
    int usageError(const QString& message, const QString& hint = {}) const;
    // An ApiError with code, title, details, explanation and fix. Returns the matching exit code.
    int apiError(const api::ApiError& error) const;

    static int exitCodeFor(const api::ApiError& error);

private:
    bool m_json;
};

} // namespace wabadesk::cli
