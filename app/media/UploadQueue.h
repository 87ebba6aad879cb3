#pragma once

#include "api/OutgoingMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api
namespace wabadesk::store {
class Store;
}

namespace wabadesk::media {

struct UploadVerdict;

// Uploads files to one channel's media library (issue #7 §2), several at once, from the UI thread without blocking
// it:
//  1. off the UI thread (a worker of its own): the file is checked (checkUploadFile: type from the content, size,
//     REFERENCE.md §2.7), then copied into the library's folder while its SHA-256 is computed (one read);
//  2. content the channel uploaded before and whose id is still usable (Store::findUploadBySha256) is reused, not
//     uploaded again;
//  3. otherwise POST /media, paced (at most kMaxConcurrent at a time, starts kMinStartIntervalMs apart: 360dialog
//     allows 25 uploads per second and number, §2.5), with progress, retried with pauses on retryable errors;
//  4. the upload is recorded in the store (Store::recordUpload: expiry in 30 days), which updates the library.
// Every item can be cancelled until it is finished.
class UploadQueue : public QObject {
    Q_OBJECT
public:
    enum class State { Checking, Waiting, Uploading, Done, Reused, Refused, Failed, Cancelled };
    struct Item {
        int id = 0;
        QString sourcePath;
        QString fileName;
        std::optional<api::MediaKind> requestedKind;
        State state = State::Checking;
        QString mimeType;
        std::optional<api::MediaKind> kind;
        qint64 bytes = 0;
        qint64 sent = 0; // bytes on the wire so far (multipart overhead included in `total`)
        qint64 total = 0;
        QString sha256; // hex
        QString localCopy;
        QString mediaId;
        QString error; // translated: why refused or failed
        int attempts = 0;
        bool isFinished() const { return state >= State::Done; }
    };
    static constexpr int kMaxConcurrent = 2;
    static constexpr int kMinStartIntervalMs = 40; // 25 per second (§2.5)
    static constexpr int kMaxAttempts = 3;

    // `copiesDir`: where the checked copies are kept (MediaCache::uploadsDir); the library re-uploads from there once
    // an id expired, even when the original file has moved.
    UploadQueue(api::ApiClient* client, store::Store* store, QString channelId, QString copiesDir,
                QObject* parent = nullptr);
    ~UploadQueue() override;

    QString channelId() const { return m_channelId; }
    // Queues a file; `kind`: what it will be sent as (derived from its type when not given). Returns the item id.
    int add(const QString& path, std::optional<api::MediaKind> kind = std::nullopt);
    // Ends an unfinished item as Cancelled (an upload under way is aborted; nothing is recorded).
    void cancel(int id);
    // Forgets finished items.
    void clearFinished();
    std::optional<Item> item(int id) const;
    QList<Item> items() const;
    int unfinished() const;
    // Pauses before retries (tests shorten them).
    void setRetryDelays(QList<int> delaysMs) { m_retryDelaysMs = std::move(delaysMs); }

Q_SIGNALS:
    void added(int id);
    void changed(int id);  // state or progress
    void finished(int id); // Done, Reused, Refused, Failed or Cancelled
    void removed(int id);  // clearFinished

private:
    struct Prepared;
    static Prepared prepare(const QString& path, std::optional<api::MediaKind> kind, const QString& copiesDir,
                            const std::shared_ptr<std::atomic_bool>& cancelled);
    void onPrepared(int id, const Prepared& prepared);
    void pump();
    void start(int id);
    void finish(Item& item, State state, const QString& error = {});
    Item* find(int id);

    QThreadPool m_workers; // one thread: checks and copies; ~UploadQueue waits for it
    QPointer<api::ApiClient> m_client;
    store::Store* m_store;
    QString m_channelId;
    QString m_copiesDir;
    QList<Item> m_items;
    QHash<int, std::shared_ptr<std::atomic_bool>> m_cancelFlags;
    QHash<int, QPointer<api::ApiCall>> m_calls;
    QElapsedTimer m_sinceStart;
    QTimer m_pace;
    int m_nextId = 1;
    QList<int> m_retryDelaysMs{2000, 10000};
};

} // namespace wabadesk::media
