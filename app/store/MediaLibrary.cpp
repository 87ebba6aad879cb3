#include "store/MediaLibrary.h"

#include "store/SqlStatement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace wabadesk {

bool MediaFilter::matches(const MediaItem& item, const QDateTime& now) const
{
    if (!channelId.isEmpty() && item.channelId != channelId)
        return false;
    if (!kind.isEmpty() && item.kind != kind)
        return false;
    if (!includeDeleted && item.state == MediaItem::State::Deleted && !item.hasLocalCopy())
        return false;
    const auto within = [&](std::chrono::hours h) {
        return item.isUsable(now) && item.expiresAt.isValid() &&
               now.secsTo(item.expiresAt) <= std::chrono::duration_cast<std::chrono::seconds>(h).count();
    };
    switch (state) {
    case State::Any:
        break;
    case State::Valid:
        if (!item.isUsable(now))
            return false;
        break;
    case State::ExpiringToday:
        if (!within(kToday))
            return false;
        break;
    case State::ExpiringSoon:
        if (!within(kSoon))
            return false;
        break;
    case State::Expired:
        if (item.isUsable(now))
            return false;
        break;
    case State::ArchivedLocally:
        if (!item.hasLocalCopy())
            return false;
        break;
    }
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString* field :
         {&item.fileName, &item.mimeType, &item.sha256, &item.mediaId, &item.senderName, &item.kind})
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

namespace store {

namespace {

QString stateName(MediaItem::State state)
{
    return state == MediaItem::State::Deleted ? QStringLiteral("deleted") : QStringLiteral("valid");
}

MediaItem::State stateFrom(const QVariant& v)
{
    return v.toString() == QLatin1String("deleted") ? MediaItem::State::Deleted : MediaItem::State::Valid;
}

QDateTime fromSecs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Narrows a library query to a channel and a media id when given (the SQL names them :channel and :media), binds
// :limit, and runs it.
bool runFiltered(QSqlQuery& q, const QString& sql, const QString& channelColumn, const QString& mediaColumn,
                 const QString& order, const QString& channelId, const QString& mediaId, int limit)
{
    q.prepare(sql + (channelId.isEmpty() ? QString() : QStringLiteral(" AND %1 = :channel").arg(channelColumn)) +
              (mediaId.isEmpty() ? QString() : QStringLiteral(" AND %1 = :media").arg(mediaColumn)) +
              QStringLiteral(" ORDER BY %1 LIMIT :limit").arg(order));
    if (!channelId.isEmpty())
        q.bindValue(QStringLiteral(":channel"), channelId);
    if (!mediaId.isEmpty())
        q.bindValue(QStringLiteral(":media"), mediaId);
    q.bindValue(QStringLiteral(":limit"), limit);
    return q.exec();
}

// The columns both queries start with: channel, media id, kind, file name, MIME type, SHA-256, size.
MediaItem readCommonColumns(const QSqlQuery& q, MediaItem::Origin origin)
{
    MediaItem m;
    m.origin = origin;
    m.channelId = q.value(0).toString();
    m.mediaId = q.value(1).toString();
    m.kind = q.value(2).toString();
    m.fileName = q.value(3).toString();
    m.mimeType = q.value(4).toString();
    m.sha256 = q.value(5).toString();
    m.bytes = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    return m;
}

// The library's order: newest first; within the same second (times are whole seconds: two uploads of one batch
// often share one) the larger media id first, so that the order never depends on how the database returns ties.
bool isListedBefore(const MediaItem& a, const MediaItem& b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.mediaId > b.mediaId;
}

bool failed(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

MediaLibrary::MediaLibrary(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

QList<MediaItem> MediaLibrary::uploads(const QString& channelId, const QString& mediaId, int limit,
                                       QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QList<MediaItem> out;
    if (!runFiltered(q,
                     QStringLiteral("SELECT channel_id, media_id, kind, filename, mime_type, sha256, byte_size,"
                                    " created_at, expires_at, local_path, state FROM media WHERE origin = 'uploaded'"),
                     QStringLiteral("channel_id"), QStringLiteral("media_id"),
                     QStringLiteral("created_at DESC, media_id DESC"), channelId, mediaId, limit)) {
        failed(q, error);
        return out;
    }
    while (q.next()) {
        MediaItem m = readCommonColumns(q, MediaItem::Origin::Uploaded);
        m.createdAt = fromSecs(q.value(7));
        m.expiresAt = fromSecs(q.value(8));
        m.localPath = q.value(9).toString();
        m.state = stateFrom(q.value(10));
        out.append(m);
    }
    return out;
}

QList<MediaItem> MediaLibrary::received(const QString& channelId, const QString& mediaId, int limit,
                                        QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // messages_with_media (migration 4) serves the channel's media messages newest first.
    QList<MediaItem> out;
    if (!runFiltered(
            q,
            QStringLiteral("SELECT m.channel_id, m.media_id, m.type, m.filename, m.media_mime, m.media_sha256,"
                           " md.byte_size, m.sent_at, m.received_at_ms, md.local_path, md.state, m.conversation_id,"
                           " m.wamid, COALESCE(m.sender_name, c.profile_name, c.wa_id, cv.contact_key)"
                           " FROM messages m"
                           " LEFT JOIN media md ON md.channel_id = m.channel_id AND md.media_id = m.media_id"
                           " LEFT JOIN conversations cv ON cv.id = m.conversation_id"
                           " LEFT JOIN contacts c ON c.contact_key = cv.contact_key"
                           " WHERE m.media_id IS NOT NULL AND m.direction = 'in'"),
            QStringLiteral("m.channel_id"), QStringLiteral("m.media_id"), QStringLiteral("m.id DESC"), channelId,
            mediaId, limit)) {
        failed(q, error);
        return out;
    }
    while (q.next()) {
        MediaItem m = readCommonColumns(q, MediaItem::Origin::Received);
        // The webhook's timestamp (§6.2) starts the 7 days; the arrival time when it had none.
        m.createdAt = !q.value(7).isNull() ? fromSecs(q.value(7))
                                           : QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        m.expiresAt = MediaItem::expiryFor(m.origin, m.createdAt);
        m.localPath = q.value(9).toString();
        m.state = stateFrom(q.value(10));
        m.conversationId = q.value(11).toString();
        m.wamid = q.value(12).toString();
        m.senderName = q.value(13).toString();
        out.append(m);
    }
    return out;
}

QList<MediaItem> MediaLibrary::list(const MediaFilter& filter, const QDateTime& now, QString* error) const
{
    QList<MediaItem> all = uploads(filter.channelId, {}, filter.limit, error);
    all += received(filter.channelId, {}, filter.limit, error);
    std::stable_sort(all.begin(), all.end(), isListedBefore);
    QList<MediaItem> out;
    for (const MediaItem& m : std::as_const(all)) {
        if (out.size() >= filter.limit)
            break;
        if (filter.matches(m, now))
            out.append(m);
    }
    return out;
}

std::optional<MediaItem> MediaLibrary::item(const QString& channelId, const QString& mediaId, QString* error) const
{
    if (mediaId.isEmpty())
        return std::nullopt;
    QList<MediaItem> found = uploads(channelId, mediaId, 1, error);
    if (found.isEmpty())
        found = received(channelId, mediaId, 1, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<MediaItem> MediaLibrary::findUpload(const QString& channelId, const QString& sha256, const QDateTime& now,
                                                  std::chrono::seconds margin, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT media_id FROM media WHERE channel_id = :channel AND origin = 'uploaded'"
                             " AND sha256 = :sha AND state = 'valid' AND expires_at > :until"
                             " ORDER BY expires_at DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":sha"), sha256.toLower());
    q.bindValue(QStringLiteral(":until"), now.toSecsSinceEpoch() + margin.count());
    if (!q.exec()) {
        failed(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const QString id = q.value(0).toString();
    q.finish();
    const QList<MediaItem> found = uploads(channelId, id, 1, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool MediaLibrary::recordUpload(const MediaItem& item, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT INTO media (channel_id, media_id, wamid, mime_type, sha256, filename, local_path, byte_size,"
        " downloaded_at_ms, origin, state, kind, created_at, expires_at) VALUES (:channel, :media, '', :mime, :sha,"
        " :name, :path, :bytes, :now_ms, 'uploaded', 'valid', :kind, :created, :expires)"
        " ON CONFLICT (channel_id, media_id) DO UPDATE SET mime_type = excluded.mime_type, sha256 = excluded.sha256,"
        " filename = excluded.filename, local_path = excluded.local_path, byte_size = excluded.byte_size,"
        " origin = 'uploaded', state = 'valid', kind = excluded.kind, created_at = excluded.created_at,"
        " expires_at = excluded.expires_at"));
    const QDateTime created = item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc();
    const QDateTime expires =
        item.expiresAt.isValid() ? item.expiresAt : MediaItem::expiryFor(MediaItem::Origin::Uploaded, created);
    q.bindValue(QStringLiteral(":channel"), item.channelId);
    q.bindValue(QStringLiteral(":media"), item.mediaId);
    q.bindValue(QStringLiteral(":mime"), nullIfEmpty(item.mimeType));
    q.bindValue(QStringLiteral(":sha"), nullIfEmpty(item.sha256.toLower()));
    q.bindValue(QStringLiteral(":name"), nullIfEmpty(item.fileName));
    q.bindValue(QStringLiteral(":path"), nullIfEmpty(item.localPath));
    q.bindValue(QStringLiteral(":bytes"), item.bytes);
    q.bindValue(QStringLiteral(":now_ms"), QDateTime::currentMSecsSinceEpoch());
    q.bindValue(QStringLiteral(":kind"), nullIfEmpty(item.kind));
    q.bindValue(QStringLiteral(":created"), created.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":expires"), expires.toSecsSinceEpoch());
    return q.exec() || failed(q, error);
}

bool MediaLibrary::setState(const QString& channelId, const QString& mediaId, MediaItem::State state, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Received media have a row only once archived: make one (with the message's wamid) to hold the state.
    q.prepare(QStringLiteral(
        "INSERT INTO media (channel_id, media_id, wamid, mime_type, sha256, filename, state, deleted_at)"
        " SELECT channel_id, media_id, wamid, media_mime, media_sha256, filename, :state, :at FROM messages"
        " WHERE channel_id = :channel AND media_id = :media AND NOT EXISTS (SELECT 1 FROM media"
        " WHERE channel_id = :channel2 AND media_id = :media2) LIMIT 1"));
    q.bindValue(QStringLiteral(":state"), stateName(state));
    q.bindValue(QStringLiteral(":at"), QDateTime::currentSecsSinceEpoch());
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":media"), mediaId);
    q.bindValue(QStringLiteral(":channel2"), channelId);
    q.bindValue(QStringLiteral(":media2"), mediaId);
    if (!q.exec())
        return failed(q, error);
    q.prepare(QStringLiteral("UPDATE media SET state = :state, deleted_at = :at WHERE channel_id = :channel"
                             " AND media_id = :media"));
    q.bindValue(QStringLiteral(":state"), stateName(state));
    q.bindValue(QStringLiteral(":at"), state == MediaItem::State::Deleted ? QVariant(QDateTime::currentSecsSinceEpoch())
                                                                          : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":media"), mediaId);
    return q.exec() || failed(q, error);
}

bool MediaLibrary::setLocalPath(const QString& channelId, const QString& mediaId, const QString& path, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE media SET local_path = :path WHERE channel_id = :channel AND media_id = :media"));
    q.bindValue(QStringLiteral(":path"), nullIfEmpty(path));
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":media"), mediaId);
    return q.exec() || failed(q, error);
}

bool MediaLibrary::removeUpload(const QString& channelId, const QString& mediaId, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM media WHERE channel_id = :channel AND media_id = :media"
                             " AND origin = 'uploaded'"));
    q.bindValue(QStringLiteral(":channel"), channelId);
    q.bindValue(QStringLiteral(":media"), mediaId);
    return q.exec() || failed(q, error);
}

QList<MediaItem> MediaLibrary::archivedBefore(const QDateTime& cutoff, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT channel_id, media_id, local_path, byte_size FROM media WHERE origin = 'received'"
                             " AND local_path IS NOT NULL AND downloaded_at_ms < :cutoff"));
    q.bindValue(QStringLiteral(":cutoff"), cutoff.toMSecsSinceEpoch());
    QList<MediaItem> out;
    if (!q.exec()) {
        failed(q, error);
        return out;
    }
    while (q.next()) {
        MediaItem m;
        m.origin = MediaItem::Origin::Received;
        m.channelId = q.value(0).toString();
        m.mediaId = q.value(1).toString();
        m.localPath = q.value(2).toString();
        m.bytes = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        out.append(m);
    }
    return out;
}

} // namespace store
} // namespace wabadesk
