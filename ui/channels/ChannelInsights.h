#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QLabel;
class QWidget;

namespace wabadesk::channels {
class ChannelService;
class HealthMonitor;
} // namespace wabadesk::channels
namespace wabadesk::store {
class Store;
}

namespace wabadesk::ui {

// What the channel menu and the status bar say about a channel's standing in 2026 (issue #16):
// - messaging health (UPDATES-2026.md §10): AVAILABLE / LIMITED / BLOCKED with the reasons, checked at start and
//   hourly; a status-bar label (click: the details, and Check Now) and Channel → Messaging Health…;
// - Channel → Pricing Report… (this month's billable messages per category, CSV export);
// - Channel → Send Marketing Templates through MM Lite (a channel setting, UPDATES-2026.md §9).
class ChannelInsights : public QObject {
    Q_OBJECT
public:
    ChannelInsights(channels::ChannelService* service, store::Store* store, QWidget* window);
    ~ChannelInsights() override;

    QAction* healthAction() const { return m_health; }
    QAction* reportAction() const { return m_report; }
    QAction* marketingLiteAction() const { return m_mmLite; }
    QLabel* statusLabel() const { return m_label; }
    channels::HealthMonitor* monitor() const { return m_monitor; }

    void setChannels(const QStringList& channelIds);
    void setCurrentChannel(const QString& channelId);

    // The label's text and tooltip for a channel now ("Messaging: limited", reasons).
    QString statusText(const QString& channelId) const;
    QString statusDetails(const QString& channelId) const;

    void showHealth();
    void showReport();

private:
    void updateLabel();

    channels::ChannelService* m_service;
    store::Store* m_store;
    QWidget* m_window;
    channels::HealthMonitor* m_monitor;
    QString m_current;
    QAction* m_health;
    QAction* m_report;
    QAction* m_mmLite;
    QLabel* m_label;
};

} // namespace wabadesk::ui
