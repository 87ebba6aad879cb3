#pragma once

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

class SendTarget;

// What the conversation desk works with, created by the composition root (app/gui/main.cpp) and shared by every
// ConversationsArea: the UI thread's store, the change hub the listener's ingest worker also reports to, the
// sender (outbox), its composer-facing adapter, the channels (for their clients) and the media cache.
struct DeskServices {
    store::Store* store = nullptr;
    store::ChangeHub* hub = nullptr;
    outbox::MessageSender* sender = nullptr;
    SendTarget* sendTarget = nullptr;
    channels::ChannelService* channels = nullptr;
    media::MediaCache* media = nullptr;
    media::MediaArchiver* archiver = nullptr; // optional: its size cap and retention follow the preferences

    bool isValid() const { return store && hub && sender && sendTarget && channels && media; }
};

} // namespace wabadesk::ui
