#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>

namespace wabadesk {

// One entry of a channel's media library (issue #7 §1): a file the channel uploaded (POST /media), or media a
// customer sent (a webhook's media id). The API cannot list media, so this is WabaDesk's own record.
struct MediaItem {
    enum class Origin { Uploaded, Received };
    enum class State {
        Valid,  // the id can be used (until expiresAt)
        Deleted // deleted from 360dialog (DELETE /{id}); only a local copy may be left
    };
    // REFERENCE.md §2: ids from uploads expire after 30 days, ids from webhooks after 7 days.
    static constexpr std::chrono::hours kUploadLifetime{30 * 24};
    static constexpr std::chrono::hours kReceivedLifetime{7 * 24};

    QString channelId;
    QString mediaId;
    Origin origin = Origin::Uploaded;
    State state = State::Valid;
    QString kind; // image, video, audio, document, sticker ("" when unknown)
    QString fileName;
    QString mimeType;
    QString sha256; // hex (uploads) or as the webhook gave it
    qint64 bytes = -1;
    QDateTime createdAt; // uploaded or received
    QDateTime expiresAt;
    QString localPath;      // the kept copy ("" when none)
    QString conversationId; // received: where it came from
    QString wamid;          // received: the message carrying it
    QString senderName;     // received: the customer's profile name or number

    static QDateTime expiryFor(Origin origin, const QDateTime& created)
    {
        const auto lifetime = origin == Origin::Uploaded ? kUploadLifetime : kReceivedLifetime;
        return created.addSecs(std::chrono::duration_cast<std::chrono::seconds>(lifetime).count());
    }
    bool isExpired(const QDateTime& now) const
    {
        return state == State::Deleted || (expiresAt.isValid() && now >= expiresAt);
    }
    // Usable by id now and for at least `margin` more (a send must not race the expiry).
    bool isUsable(const QDateTime& now, std::chrono::seconds margin = std::chrono::seconds(0)) const
    {
        return state == State::Valid && (!expiresAt.isValid() || now.addSecs(margin.count()) < expiresAt);
    }
    bool hasLocalCopy() const { return !localPath.isEmpty(); }
};

// What the library shows (Store::mediaLibrary).
struct MediaFilter {
    enum class State { Any, Valid, ExpiringToday, ExpiringSoon, Expired, ArchivedLocally };
    static constexpr std::chrono::hours kToday{24};
    static constexpr std::chrono::hours kSoon{72};

    QString channelId;
    QString kind;   // "" = every kind
    QString search; // in file name, type, sha256, media id, sender (case-insensitive)
    State state = State::Any;
    bool includeDeleted = false;
    int limit = 5000;

    bool matches(const MediaItem& item, const QDateTime& now) const;
};

} // namespace wabadesk
