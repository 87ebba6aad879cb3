#pragma once

#include "profile/ProfileUpdater.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace wabadesk::channels {
class ChannelService;
}

namespace wabadesk::profile {

// "Apply to other channels" (issue #8): copies chosen fields of one profile to other channels of the same business.
// Per channel: its client (ChannelService::withClient), its current profile, the difference for the chosen fields,
// then sendUpdate() (validated, only changed fields, audited). Channels run in parallel; each reports once.
// The photo is not copied (an upload handle belongs to one upload).
class ProfileCopier : public QObject {
    Q_OBJECT
public:
    struct ChannelResult {
        QString channelId;
        UpdateOutcome outcome;
        QString loadError; // the channel's key or profile could not be read (outcome.status is Failed)
    };

    ProfileCopier(channels::ChannelService* channels, store::Store* audit, QObject* parent = nullptr);

    // Starts copying; false (and nothing started) while a copy runs or when there is nothing to copy.
    bool copy(const BusinessProfile& source, const QList<Field>& fields, const QStringList& channelIds,
              const QString& by = ProfileAuditEntry::byDesk());
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void channelFinished(const wabadesk::profile::ProfileCopier::ChannelResult& result);
    void finished();

private:
    void copyTo(const QString& channelId, const BusinessProfileUpdate& wanted, const QString& by);
    void report(const ChannelResult& result);

    channels::ChannelService* m_channels;
    store::Store* m_audit;
    int m_pending = 0;
};

} // namespace wabadesk::profile
