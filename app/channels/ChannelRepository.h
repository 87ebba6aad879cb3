#pragma once

#include "model/Channel.h"

#include <QList>
#include <QString>

#include <optional>

namespace wabadesk::channels {

// The channels' non-secret settings in `<data dir>/channels.ini` (QSettings, INI format), one group per channel.
// Secrets never pass through here. Session-only channels are not written.
class ChannelRepository {
public:
    explicit ChannelRepository(QString dataDir);

    QString filePath() const { return m_file; }
    QList<Channel> load() const;
    bool save(const Channel& channel);
    bool remove(const QString& channelId);

private:
    QString m_file;
};

} // namespace wabadesk::channels
