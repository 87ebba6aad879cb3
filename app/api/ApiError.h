#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wabadesk::api {

struct ErrorExplanation;

// Every failure of an API call, as one value (REFERENCE.md §7).
// Text fields hold what the server or the transport said; user-facing sentences come from explanation().
class ApiError {
public:
    enum class Kind {
        None,              // not an error
        Network,           // connection refused, host not found, connection dropped
        Tls,               // certificate or handshake failure
        Timeout,           // no progress within the call's timeout
        Cancelled,         // cancelled by the caller
        Http,              // HTTP error status without a recognisable API error body
        Api,               // Meta Graph error or 360dialog gateway error with a code or message
        MalformedResponse, // 2xx, but the body is not what the endpoint documents (truncated, non-JSON, wrong types)
        Validation,        // refused before anything was sent (REFERENCE.md §1.12 limits)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int code = 0;    // Meta error code (error.code), 0 when none
    int subcode = 0; // error.error_subcode
    QString title;   // error.title, or the message without the "(#code) " prefix
    QString message; // error.message / developer_message as sent
    QString details; // error.error_data.details
    QString fbtraceId;
    bool retryable = false;
    int retryAfterSeconds = -1; // Retry-After header, -1 when absent
    int networkError = 0;       // QNetworkReply::NetworkError of a transport failure (tells "unreachable" apart)
    QStringList problems;       // Validation: one line per problem

    bool isError() const { return kind != Kind::None; }

    // Parses an error response body defensively: Graph `error`, 360dialog `meta`, `errors[0]`, raw text (§7.1).
    static ApiError fromHttpResponse(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader = {});
    static ApiError transport(Kind kind, const QString& message);
    static ApiError malformed(int httpStatus, const QString& what);
    static ApiError validation(const QStringList& problems);

    // Whether retrying later may succeed (REFERENCE.md §7.2 "Retry policy summary").
    static bool isRetryableCode(int code);

    // The explanation table entry for code, or nullptr.
    const ErrorExplanation* explanation() const;

    static QString kindName(Kind kind);
    // One line for logs and the CLI, English, never containing a secret.
    QString summary() const;
    // Machine-readable form for `wabadesk-cli --json`.
    QJsonObject toJson() const;
};

} // namespace wabadesk::api
