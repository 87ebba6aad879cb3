#pragma once

#include "channels/ChannelService.h"
#include "model/WebhookConfig.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
class ApiError;
} // namespace wabadesk::api

namespace wabadesk::ui {

class BusyIndicator;
class NoticeBanner;
class WebhookAuthEditor;

// One webhook of a channel: the phone-number webhook (/v1/configs/webhook) or the WABA webhook (/waba_webhook).
// Shows what 360dialog has now (GET; header values masked) and what that means: a URL that is WabaDesk's own
// listener says so; an empty scope says where this number's events go instead (the other scope's webhook, or
// nowhere). It reads the webhook again when it was set elsewhere (ChannelService::channelsChanged, e.g. the demo
// pointing its sandbox at the listener). It edits it: the URL is checked as it is typed (REFERENCE.md §5.4, every
// broken rule beside the field), the authentication header is chosen, and Save calls ChannelService::setWebhook,
// then reads the webhook back.
class WebhookSection : public QGroupBox {
    Q_OBJECT
public:
    using Scope = channels::ChannelService::WebhookScope;

    WebhookSection(channels::ChannelService* service, const QString& channelId, Scope scope, api::ApiClient* client,
                   bool allowLoopback, QWidget* parent = nullptr);

    void reload();
    void save();
    bool canSave() const;
    // What the last GET returned (empty when none is set).
    const WebhookConfig& current() const { return m_current; }
    bool isLoaded() const { return m_loaded; }
    // The other scope's section, whose webhook receives this number's events when this one has none.
    void setSibling(WebhookSection* sibling);
    // Where WabaDesk's embedded listener runs now (empty: not running).
    void setListenerUrl(const QUrl& url);

Q_SIGNALS:
    void loaded();
    void saveFinished(bool ok);

private:
    void showCurrent(const WebhookConfig& config);
    void updateCurrentText();
    bool isListener(const QUrl& url) const;
    QUrl rememberedUrl() const;
    void showLoadError(const api::ApiError& error);
    QStringList checkWebhookUrlProblems() const;
    void updateState();

    channels::ChannelService* m_service;
    QString m_channelId;
    Scope m_scope;
    api::ApiClient* m_client;
    bool m_allowLoopback;
    QPointer<api::ApiCall> m_call;
    bool m_saving = false;
    bool m_edited = false; // the editor was changed by the user: a reload no longer fills it
    WebhookConfig m_current;
    bool m_loaded = false; // m_current is what 360dialog said (not a load error)
    QUrl m_remembered;     // the URL the channel remembers for this scope, when last read
    QUrl m_listenerUrl;
    WebhookSection* m_sibling = nullptr;

    QLabel* m_currentUrl;
    QLabel* m_currentHeaders;
    QLabel* m_currentNote;
    QPushButton* m_reload;
    QLineEdit* m_url;
    QLabel* m_urlProblems;
    WebhookAuthEditor* m_auth;
    QLabel* m_authProblems;
    NoticeBanner* m_error;
    BusyIndicator* m_busy;
    QLabel* m_status;
    QPushButton* m_save;
};

} // namespace wabadesk::ui
