#pragma once

#include <QString>

#include <functional>

class QObject;

namespace wabadesk::api {

class ApiClient;

// Hands out a channel's ApiClient (ChannelService::clientProvider() adapts ChannelService::withClient): `done` gets
// the client, or nullptr and a translated sentence saying why not; it is not run once `context` is gone. What the
// outbox, the media archiver and the template picker take instead of the whole ChannelService.
using ClientProvider = std::function<void(const QString& channelId, QObject* context,
                                          std::function<void(const QString& error, ApiClient* client)> done)>;

} // namespace wabadesk::api
