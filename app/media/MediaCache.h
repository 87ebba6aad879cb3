#pragma once

#include "model/StoredMessage.h"

#include <QObject>
#include <QString>

#include <functional>

namespace wabadesk::api {
class ApiClient;
}

namespace wabadesk::media {

// Media that customers sent, kept in the data directory once fetched (REFERENCE.md §2.2–2.4): the file goes to
// <dataDir>/media/<channel>/<media id>/<safe file name>, downloaded through ApiClient::downloadMedia (host rewrite,
// sha256 and size checked, written atomically). Every path component that came from outside goes through
// safeFileName(). Download URLs are never logged.
class MediaCache : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const QString& path, const QString& error)>;

    explicit MediaCache(QString dataDir, QObject* parent = nullptr);

    // Where the message's media is or would be kept; empty when the message has no media id.
    QString pathFor(const StoredMessage& message) const;
    // <dataDir>/media: where everything of the media library is kept.
    QString root() const { return m_root; }
    // Everything of one channel: <root>/<channel> (removing the channel's history removes it).
    QString channelDir(const QString& channelId) const;
    // <dataDir>/cache/composer: images the agent pasted into a composer, kept until the outbox has uploaded them.
    QString pastedImagesDir() const { return m_pastedImages; }
    // Where the upload queue keeps its copies of a channel's uploads: <root>/<channel>/uploads.
    QString uploadsDir(const QString& channelId) const;
    // The kept file, when it exists.
    QString cachedPath(const StoredMessage& message) const;
    // The kept file at once when it exists, else downloads it first. `done` runs exactly once, in `context`'s thread.
    void fetch(api::ApiClient* client, const StoredMessage& message, QObject* context, Done done);

private:
    QString m_root;
    QString m_pastedImages;
};

} // namespace wabadesk::media
