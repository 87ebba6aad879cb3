#include "webhook/WebhookSettingsPanel.h"

#include "common/NoticeBanner.h"
#include "webhook/WebhookSection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wabadesk::ui {

WebhookSettingsPanel::WebhookSettingsPanel(channels::ChannelService* service, const Channel& channel,
                                           api::ApiClient* client, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("webhookSettingsPanel"));
    // The sandbox delivers to local listeners over http://127.0.0.1; real 360dialog never does (§5.4).
    const bool allowLoopback = channel.isLoopback();

    auto* column = new QWidget;
    column->setObjectName(QStringLiteral("webhookColumn"));
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 120);

    auto* heading = new QLabel(tr("Webhooks"), column);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* explanation = new NoticeBanner(NoticeBanner::Tone::Information, column);
    explanation->setObjectName(QStringLiteral("webhookExplanation"));
    QString text =
        tr("<p style='margin-top:0'>360dialog delivers incoming messages and delivery statuses as HTTPS POST "
           "requests to a webhook URL. That URL must be <b>public</b>, use <b>https://</b> with a valid "
           "certificate on <b>port 443</b> (no port in the URL), and its host name must not contain "
           "<b>“_”</b>.</p>"
           "<p>A desktop computer behind a router (NAT) cannot be reached from the internet directly. Put a "
           "<b>reverse proxy</b> on a public host (for example nginx or Caddy) or a <b>tunnel</b> (for example "
           "Cloudflare Tunnel or ngrok) in front of it, forwarding to the local address of WabaDesk's embedded "
           "webhook listener.</p>"
           "<p style='margin-bottom:0'>The embedded listener runs where <b>Settings → Webhook Listener…</b> says. "
           "The authentication header you choose here goes to 360dialog and into the keychain, where the listener "
           "reads it: requests without it are refused and never stored.</p>");
    if (allowLoopback)
        text += tr("<p style='margin-bottom:0'>This is a sandbox channel: http:// URLs on this computer "
                   "(127.0.0.1, localhost) are accepted too, for local testing.</p>");
    explanation->setText(text);

    m_phone =
        new WebhookSection(service, channel.id, WebhookSection::Scope::PhoneNumber, client, allowLoopback, column);
    m_waba = new WebhookSection(service, channel.id, WebhookSection::Scope::Waba, client, allowLoopback, column);
    m_phone->setSibling(m_waba);
    m_waba->setSibling(m_phone);

    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(24, 18, 24, 18);
    columnLayout->setSpacing(14);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(explanation);
    columnLayout->addWidget(m_phone);
    columnLayout->addWidget(m_waba);
    columnLayout->addStretch(1);

    // Extra width stays empty on the right.
    auto* page = new QWidget;
    auto* pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(column, 1);
    pageLayout->addStretch(0);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("webhookScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void WebhookSettingsPanel::setListenerUrl(const QUrl& url)
{
    m_phone->setListenerUrl(url);
    m_waba->setListenerUrl(url);
}

} // namespace wabadesk::ui
