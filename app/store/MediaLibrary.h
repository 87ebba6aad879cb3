#pragma once

#include "model/MediaItem.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace wabadesk::store {

// The media library's SQL (issue #7; Store's media* calls delegate here). Uploads are rows of `media` with
// origin 'uploaded' (migration 4); received media are the inbound messages that carry a media id, joined with their
// `media` row once archived. Every call uses the store's connection; errors go to `error`.
class MediaLibrary {
public:
    explicit MediaLibrary(QString connectionName);

    QList<MediaItem> list(const MediaFilter& filter, const QDateTime& now, QString* error) const;
    std::optional<MediaItem> item(const QString& channelId, const QString& mediaId, QString* error) const;
    // The newest upload of this content that stays usable for at least `margin` (dedupe by sha256).
    std::optional<MediaItem> findUpload(const QString& channelId, const QString& sha256, const QDateTime& now,
                                        std::chrono::seconds margin, QString* error) const;
    bool recordUpload(const MediaItem& item, QString* error);
    bool setState(const QString& channelId, const QString& mediaId, MediaItem::State state, QString* error);
    bool setLocalPath(const QString& channelId, const QString& mediaId, const QString& path, QString* error);
    // Deletes an upload's row (received media stay: they belong to their message).
    bool removeUpload(const QString& channelId, const QString& mediaId, QString* error);
    // Received media kept locally since before `cutoff` (retention).
    QList<MediaItem> archivedBefore(const QDateTime& cutoff, QString* error) const;

private:
    QList<MediaItem> uploads(const QString& channelId, const QString& mediaId, int limit, QString* error) const;
    QList<MediaItem> received(const QString& channelId, const QString& mediaId, int limit, QString* error) const;

    QString m_connectionName;
};

} // namespace wabadesk::store
