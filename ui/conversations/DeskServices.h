#pragma once

#include "store/StoreLocation.h"

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::media {
class MediaArchiver;
class MediaCache;
} // namespace wabadesk::media
namespace wabadesk::outbox {
class MessageSender;
}
namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class PlaybackController;
class SendTarget;

// What the conversation desk works with, created by the composition root (app/gui/main.cpp) and shared by every
// ConversationsArea: the UI thread's store, the change hub the listener's ingest worker also reports to, the
// sender (outbox), its composer-facing adapter, the channels (for their clients), the media cache and the player.
struct DeskServices {
    store::Store* store = nullptr;
    // More connections to the same store, for workers' threads (search, the webhook journal's reader).
    store::StoreOpener openStore;
    store::ChangeHub* hub = nullptr;
    outbox::MessageSender* sender = nullptr;
    SendTarget* sendTarget = nullptr;
    channels::ChannelService* channels = nullptr;
    media::MediaCache* media = nullptr;
    media::MediaArchiver* archiver = nullptr; // optional: its size cap and retention follow the preferences
    // Optional: voice notes and videos of every desk through one player, so only one thing plays at a time (a desk
    // without one makes its own).
    PlaybackController* playback = nullptr;

    bool isValid() const { return store && hub && sender && sendTarget && channels && media; }
};

} // namespace wabadesk::ui
