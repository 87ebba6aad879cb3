#pragma once

#include "api/ClientProvider.h"
#include "model/HealthStatus.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace wabadesk::channels {

// Messaging health per channel (UPDATES-2026.md §10): GET /health_status for every channel when the channels are
// set, then every hour (and on demand: check()). The last answer is kept in memory; a failed check keeps the
// previous answer and reports why (lastError).
class HealthMonitor : public QObject {
    Q_OBJECT
public:
    explicit HealthMonitor(api::ClientProvider clients, QObject* parent = nullptr);

    // The channels to watch; new ones are checked at once, the others on the next round.
    void setChannels(const QStringList& channelIds);
    void check(const QString& channelId);
    void checkAll();
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(int(interval.count())); }

    std::optional<HealthStatus> status(const QString& channelId) const;
    QString lastError(const QString& channelId) const { return m_errors.value(channelId); }

Q_SIGNALS:
    void healthChanged(const QString& channelId);

private:
    api::ClientProvider m_clients;
    QStringList m_channels;
    QHash<QString, HealthStatus> m_status;
    QHash<QString, QString> m_errors;
    QTimer m_timer;
};

} // namespace wabadesk::channels
