#include "media/MediaCache.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/ErrorExplanations.h"
#include "common/PrivateFiles.h"
#include "media/SafeFileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

namespace wabadesk::media {

MediaCache::MediaCache(QString dataDir, QObject* parent)
    : QObject(parent)
    , m_root(QDir(dataDir).filePath(QStringLiteral("media")))
    , m_pastedImages(QDir(dataDir).filePath(QStringLiteral("cache/composer")))
{}

QString MediaCache::pathFor(const StoredMessage& message) const
{
    if (message.mediaId.isEmpty())
        return {};
    const QMimeType mime = QMimeDatabase().mimeTypeForName(message.mediaMimeType);
    const QString extension = mime.isValid() ? mime.preferredSuffix() : QString();
    const QString channel = safeFileName(message.channelId, QStringLiteral("channel"));
    const QString id = safeFileName(message.mediaId, QStringLiteral("media"));
    const QString name =
        safeFileName(message.filename, message.type.isEmpty() ? QStringLiteral("media") : message.type, extension);
    return QDir(m_root).filePath(channel + QLatin1Char('/') + id + QLatin1Char('/') + name);
}

QString MediaCache::channelDir(const QString& channelId) const
{
    return QDir(m_root).filePath(safeFileName(channelId, QStringLiteral("channel")));
}

QString MediaCache::uploadsDir(const QString& channelId) const
{
    return QDir(channelDir(channelId)).filePath(QStringLiteral("uploads"));
}

QString MediaCache::cachedPath(const StoredMessage& message) const
{
    const QString path = pathFor(message);
    return !path.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

void MediaCache::fetch(api::ApiClient* client, const StoredMessage& message, QObject* context, Done done)
{
    const QString path = pathFor(message);
    if (path.isEmpty()) {
        done({}, QCoreApplication::translate("MediaCache", "This message has no media to fetch."));
        return;
    }
    if (QFileInfo(path).isFile()) {
        done(path, {});
        return;
    }
    if (!makePrivateDirectory(QFileInfo(path).absolutePath())) {
        done({}, QCoreApplication::translate("MediaCache", "The folder %1 could not be created.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    client->downloadMedia(message.mediaId, path, context,
                          [path, done = std::move(done)](const api::Result<DownloadedMedia>& result) {
                              if (!result.ok()) {
                                  const QString why = api::translatedExplanation(result.error());
                                  done({}, why.isEmpty() ? result.error().summary() : why);
                                  return;
                              }
                              makePrivateFile(path); // a customer's file, for the user alone (issue #15)
                              done(path, {});
                          });
}

} // namespace wabadesk::media
