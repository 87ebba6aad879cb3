#include "profile/ProfileCopier.h"

#include "api/ApiClient.h"
#include "channels/ChannelService.h"

namespace wabadesk::profile {

ProfileCopier::ProfileCopier(channels::ChannelService* channels, store::Store* audit, QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_audit(audit)
{}

bool ProfileCopier::copy(const BusinessProfile& source, const QList<Field>& fields, const QStringList& channelIds,
                         const QString& by)
{
    QList<Field> copied = fields;
    copied.removeAll(Field::Photo);
    const BusinessProfileUpdate wanted = fieldsOf(normalized(source), copied);
    if (isRunning() || wanted.isEmpty() || channelIds.isEmpty())
        return false;
    m_pending = int(channelIds.size());
    for (const QString& id : channelIds)
        copyTo(id, wanted, by);
    return true;
}

void ProfileCopier::copyTo(const QString& channelId, const BusinessProfileUpdate& wanted, const QString& by)
{
    m_channels->withClient(
        channelId, this, [this, channelId, wanted, by](const channels::ChannelError& error, api::ApiClient* client) {
            if (error.isError() || !client) {
                ChannelResult r{channelId, {}, error.message};
                r.outcome.status = UpdateOutcome::Status::Failed;
                report(r);
                return;
            }
            client->businessProfile(this,
                                    [this, client, channelId, wanted, by](const api::Result<BusinessProfile>& current) {
                                        if (!current.ok()) {
                                            ChannelResult r{channelId, {}, current.error().summary()};
                                            r.outcome.status = UpdateOutcome::Status::Failed;
                                            r.outcome.error = current.error();
                                            report(r);
                                            return;
                                        }
                                        const BusinessProfile before = current.value();
                                        const BusinessProfileUpdate update = diff(before, applied(before, wanted));
                                        sendUpdate(client, m_audit, channelId, before, update, by, this,
                                                   [this, channelId](const UpdateOutcome& outcome) {
                                                       report({channelId, outcome, {}});
                                                   });
                                    });
        });
}

void ProfileCopier::report(const ChannelResult& result)
{
    Q_EMIT channelFinished(result);
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace wabadesk::profile
