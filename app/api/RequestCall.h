#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpMultiPart;
class QIODevice;
class QNetworkReply;
class QSaveFile;

namespace wabadesk::api {

class ApiClient;

// One HTTP exchange (or a chain of them, see continueWith) behind an ApiCall handle.
// The inactivity timer restarts on every byte of progress; a response larger than the cap is aborted.
class RequestCall final : public ApiCall {
    Q_OBJECT
public:
    struct Spec {
        QByteArray verb = "GET";
        QUrl url;
        QByteArray body;
        QByteArray contentType; // for body
        std::shared_ptr<QHttpMultiPart> multipart;
        std::shared_ptr<QIODevice> uploadDevice;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString saveToPath;  // stream a successful body into this file (atomically) instead of memory
        qint64 maxBytes = 0; // 0: the client's default
    };

    struct Response {
        int httpStatus = 0;
        QByteArray body;   // empty when streamed to a file
        QByteArray sha256; // of the streamed bytes
        qint64 bytes = 0;  // streamed bytes
        ApiError error;    // transport/HTTP error; kind None on a 2xx
    };
    using Completion = std::function<void(RequestCall* call, const Response& response)>;

    RequestCall(ApiClient* client, Spec spec, Completion completion);
    ~RequestCall() override;

    void start();
    // From a completion: start the next step on the same handle instead of finishing.
    void continueWith(Spec spec, Completion completion);
    // From a completion: neither finish nor continue now; continueWith() or finish() follows later (e.g. once a rate
    // limit allows the next attempt). cancel() meanwhile ends the call with Cancelled through the completion.
    void holdOpen() { m_continued = true; }
    // From a completion (or before start): end the call. Runs `deliver` first, then emits finished().
    void finish(const std::function<void()>& deliver);
    void cancel() override;
    // Ends the call with error on the next event-loop turn (refused before sending).
    void failLater(const ApiError& error);

    // Keeps the temporary save file of the last step for commit() / discard by the completion.
    bool commitSavedFile();

private:
    void onReadyRead();
    void consume(QNetworkReply* reply);
    void onFinished();
    void onTimeout();
    void fail(const ApiError& error);

    ApiClient* m_client;
    Spec m_spec;
    Completion m_completion;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_buffer;
    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_received = 0;
    enum class Abort { None, Timeout, Cancelled, TooLarge, WriteFailed } m_abort = Abort::None;
    bool m_continued = false;
};

} // namespace wabadesk::api
