#pragma once

#include "channels/ChannelService.h"

#include <QWidget>

namespace wabadesk::api {
class ApiClient;
}

namespace wabadesk::ui {

class WebhookSection;

// The channel's "Webhooks" tab: what a webhook URL must be and how a desktop computer can be reached, then one
// section for the phone-number webhook and one for the WABA webhook (REFERENCE.md §5).
class WebhookSettingsPanel : public QWidget {
    Q_OBJECT
public:
    WebhookSettingsPanel(channels::ChannelService* service, const Channel& channel, api::ApiClient* client,
                         QWidget* parent = nullptr);

    WebhookSection* phoneSection() const { return m_phone; }
    WebhookSection* wabaSection() const { return m_waba; }
    // Where WabaDesk's embedded listener runs (empty: not running): a webhook there is said to be WabaDesk's own.
    void setListenerUrl(const QUrl& url);

private:
    WebhookSection* m_phone;
    WebhookSection* m_waba;
};

} // namespace wabadesk::ui
