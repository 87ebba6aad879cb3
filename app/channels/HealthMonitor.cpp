#include "channels/HealthMonitor.h"

#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"

namespace wabadesk::channels {

HealthMonitor::HealthMonitor(api::ClientProvider clients, QObject* parent)
    : QObject(parent)
    , m_clients(std::move(clients))
{
    m_timer.setInterval(60 * 60 * 1000); // hourly (issue #16)
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::checkAll);
    m_timer.start();
}

void HealthMonitor::setChannels(const QStringList& channelIds)
{
    const QStringList before = m_channels;
    m_channels = channelIds;
    for (const QString& id : channelIds) {
        if (!before.contains(id))
            check(id);
    }
    for (const QString& id : before) {
        if (!channelIds.contains(id)) {
            m_status.remove(id);
            m_errors.remove(id);
        }
    }
}

void HealthMonitor::checkAll()
{
    for (const QString& id : std::as_const(m_channels))
        check(id);
}

void HealthMonitor::check(const QString& channelId)
{
    m_clients(channelId, this, [this, channelId](const QString& error, api::ApiClient* client) {
        if (!client) {
            m_errors.insert(channelId, error);
            Q_EMIT healthChanged(channelId);
            return;
        }
        client->healthStatus(this, [this, channelId](const api::Result<HealthStatus>& result) {
            if (result.ok()) {
                m_status.insert(channelId, result.value());
                m_errors.remove(channelId);
            } else {
                m_errors.insert(channelId, api::translatedExplanation(result.error()));
            }
            Q_EMIT healthChanged(channelId);
        });
    });
}

std::optional<HealthStatus> HealthMonitor::status(const QString& channelId) const
{
    const auto it = m_status.constFind(channelId);
    if (it == m_status.cend())
        return std::nullopt;
    return *it;
}

} // namespace wabadesk::channels
