#pragma once

#include "conversations/DeskServices.h"
#include "model/Channel.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace wabadesk::api {
class ApiClient;
}
namespace wabadesk::channels {
class ChannelService;
}

namespace wabadesk::ui {

class BusyIndicator;
class ConversationsArea;
class EmptyState;
class MediaPanel;
class NoticeBanner;
class ProfileEditor;
class WebhookSettingsPanel;

// Everything the window shows for one channel: a header with its name, number and service, a warning for legacy
// On-Premise channels, and one tab per area. The areas need the channel's ApiClient, which the service hands out
// once the key was read from the keychain; until then the workspace says what it is waiting for.
class ChannelWorkspace : public QWidget {
    Q_OBJECT
public:
    enum Area { DeskTab, TemplatesTab, ProfileTab, WebhooksTab, MediaTab, AreaCount };

    // Without desk services (tests of the admin areas), the Conversations tab says that no message store is open.
    ChannelWorkspace(channels::ChannelService* service, const Channel& channel, const DeskServices& desk,
                     QWidget* parent = nullptr);

    const Channel& channel() const { return m_channel; }
    // Updates the header (name, key hint, …) after the channel changed in the service.
    void setChannel(const Channel& channel);
    QTabWidget* tabs() const { return m_tabs; }
    bool isReady() const { return m_ready; }
    // The channel's conversations (nullptr before the areas exist, or without desk services).
    ConversationsArea* conversations() const { return m_conversations; }
    // The channel's media library (nullptr before the areas exist, or without desk services).
    MediaPanel* media() const { return m_media; }
    // The area shown now, or once the areas exist.
    void setCurrentArea(int area);
    int currentArea() const;
    // The business profile has unsaved changes; confirmLeave() shows it and asks before `proceed` (at once when
    // there is nothing to lose).
    bool hasUnsavedChanges() const;
    void confirmLeave(const std::function<void()>& proceed);
    ProfileEditor* profileEditor() const { return m_profile; }
    // Where WabaDesk's embedded listener runs (the Webhooks tab tells a webhook pointing there).
    void setListenerUrl(const QUrl& url);

Q_SIGNALS:
    void ready();

private:
    void openClient();
    void buildAreas(api::ApiClient* client);
    void updateHeader();

    channels::ChannelService* m_service;
    Channel m_channel;
    DeskServices m_desk;
    bool m_ready = false;
    int m_area = 0;

    QLabel* m_dot;
    QLabel* m_name;
    QLabel* m_description;
    NoticeBanner* m_onPremise;
    QStackedWidget* m_stack;
    EmptyState* m_opening;
    BusyIndicator* m_busy;
    QTabWidget* m_tabs;
    ConversationsArea* m_conversations = nullptr;
    ProfileEditor* m_profile = nullptr;
    int m_shownTab = -1;
    MediaPanel* m_media = nullptr;
    WebhookSettingsPanel* m_webhooks = nullptr;
    QUrl m_listenerUrl;
};

} // namespace wabadesk::ui
