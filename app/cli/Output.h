#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace wabadesk::cli {

// wabadesk-cli speaks English on every locale: its output is read by scripts and pasted into support tickets, so
// it stays stable and searchable (WabaDesk, the GUI, follows the user's language). Its strings still go through
// tr() in the context "WabadeskCli" (Cli, CommandLine and Output declare it), for the English plural forms of
// translations/wabadesk_en.ts and in case a translation is wanted later; they are kept out of the de/es/pt_BR
// files (see translations/Translations.cmake).

// Where wabadesk-cli writes: results to stdout, problems to stderr; --json puts everything on stdout as JSON.
class Output {
    Q_DECLARE_TR_FUNCTIONS(WabadeskCli)

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
