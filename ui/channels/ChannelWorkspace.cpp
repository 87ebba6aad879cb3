#include "channels/ChannelWorkspace.h"

#include "channels/ChannelErrorText.h"
#include "channels/ChannelIcon.h"
#include "channels/ChannelService.h"
#include "channels/ChannelText.h"
#include "common/BusyIndicator.h"
#include "common/EmptyState.h"
#include "common/NoticeBanner.h"
#include "conversations/Composer.h"
#include "conversations/ConversationsArea.h"
#include "media/MediaPanel.h"
#include "profile/ProfileEditor.h"

#include "templates/TemplatesPanel.h"
#include "webhook/WebhookSettingsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

ChannelWorkspace::ChannelWorkspace(channels::ChannelService* service, const Channel& channel, const DeskServices& desk,
                                   QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_channel(channel)
    , m_desk(desk)
    , m_dot(new QLabel(this))
    , m_name(new QLabel(this))
    , m_description(new QLabel(this))
    , m_onPremise(new NoticeBanner(NoticeBanner::Tone::Warning, this))
    , m_stack(new QStackedWidget(this))
    , m_opening(new EmptyState(tr("Opening the channel…"), tr("Reading its API key from the keychain."), m_stack))
    , m_busy(new BusyIndicator(m_opening))
    , m_tabs(new QTabWidget(m_stack))
{
    setObjectName(QStringLiteral("channelWorkspace"));

    m_name->setObjectName(QStringLiteral("channelName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextFormat(Qt::PlainText);
    m_description->setObjectName(QStringLiteral("channelDescription"));
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setTextFormat(Qt::PlainText);

    m_onPremise->setObjectName(QStringLiteral("onPremiseWarning"));
    m_onPremise->setText(ChannelText::onPremiseWarning());

    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 12, 16, 8);
    header->setSpacing(8);
    header->addWidget(m_dot);
    header->addWidget(m_name);
    header->addSpacing(8);
    header->addWidget(m_description, 1);

    m_opening->setObjectName(QStringLiteral("channelOpening"));
    if (auto* box = qobject_cast<QBoxLayout*>(m_opening->layout()))
        box->insertWidget(box->count() - 1, m_busy, 0, Qt::AlignHCenter); // above the bottom stretch
    m_busy->setObjectName(QStringLiteral("channelOpeningBusy"));
    connect(m_opening, &EmptyState::actionRequested, this, &ChannelWorkspace::openClient);

    m_tabs->setObjectName(QStringLiteral("channelTabs"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_opening);
    m_stack->addWidget(m_tabs);

    auto* banners = new QVBoxLayout;
    banners->setContentsMargins(16, 0, 16, 8);
    banners->addWidget(m_onPremise);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(banners);
    layout->addWidget(m_stack, 1);

    updateHeader();
    openClient();
}

void ChannelWorkspace::setChannel(const Channel& channel)
{
    m_channel = channel;
    if (m_profile)
        m_profile->setChannel(channel);
    updateHeader();
    // A new key (rotation) may be what the workspace was missing.
    if (!m_ready && !m_busy->isRunning())
        openClient();
}

void ChannelWorkspace::updateHeader()
{
    const int dotSize = fontMetrics().height();
    m_dot->setPixmap(channelIcon(QColor(m_channel.colour), dotSize).pixmap(dotSize, dotSize));
    m_name->setText(m_channel.name);
    m_description->setText(ChannelText::description(m_channel));
    m_onPremise->setVisible(m_channel.hosting == Channel::Hosting::OnPremise);
}

void ChannelWorkspace::openClient()
{
    if (m_ready)
        return;
    m_opening->setTitle(tr("Opening the channel…"));
    m_opening->setText(tr("Reading its API key from the keychain. The keychain may ask you to unlock it."));
    m_opening->setAction({}, QStringLiteral("channelOpeningRetry"));
    m_busy->start();
    m_stack->setCurrentWidget(m_opening);
    m_service->withClient(m_channel.id, this, [this](const channels::ChannelError& error, api::ApiClient* client) {
        m_busy->stop();
        if (error.isError() || !client) {
            m_opening->setTitle(tr("The channel's key could not be read"));
            m_opening->setText(ChannelErrorText::richText(error) +
                               tr("<p>If the keychain no longer holds the key, enter it again: <b>Channel → Channel "
                                  "Settings… → Rotate Key…</b>.</p>"));
            m_opening->setAction(tr("Try Again"), QStringLiteral("channelOpeningRetry"));
            return;
        }
        buildAreas(client);
    });
}

void ChannelWorkspace::buildAreas(api::ApiClient* client)
{
    if (m_desk.isValid()) {
        m_conversations = new ConversationsArea(m_desk, m_channel.id, m_tabs);
        m_conversations->setChannels({m_channel});
        m_tabs->addTab(m_conversations, tr("Conversations"));
    } else {
        auto* none = new EmptyState(tr("No message store"),
                                    tr("Conversations are kept in the message store, which is not open."), m_tabs);
        none->setObjectName(QStringLiteral("noDeskState"));
        m_tabs->addTab(none, tr("Conversations"));
    }
    m_tabs->addTab(m_desk.isValid() ? new TemplatesPanel(client, m_desk.store, m_desk.hub, m_channel.id, m_tabs)
                                    : new TemplatesPanel(client, m_tabs),
                   tr("Templates"));
    m_profile = new ProfileEditor(client, m_channel, {m_service, m_desk.store, m_desk.hub}, m_tabs);
    m_tabs->addTab(m_profile, tr("Business profile"));
    // Unsaved profile changes: a mark on the tab, and a question before leaving it.
    connect(m_profile, &ProfileEditor::dirtyChanged, this, [this](bool dirty) {
        //: The Business profile tab's title while it has unsaved changes.
        m_tabs->setTabText(ProfileTab, dirty ? tr("Business profile •") : tr("Business profile"));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const int left = m_shownTab;
        m_shownTab = index;
        // Hidden (the window shows another channel and is switching here): no question for a tab nobody sees.
        if (left != ProfileTab || index == ProfileTab || !m_profile->hasUnsavedChanges() || !isVisible())
            return;
        m_tabs->setCurrentIndex(ProfileTab); // stay until answered
        m_profile->confirmLeave([this, index] { m_tabs->setCurrentIndex(index); });
    });
    m_webhooks = new WebhookSettingsPanel(m_service, m_channel, client, m_tabs);
    m_webhooks->setListenerUrl(m_listenerUrl);
    m_tabs->addTab(m_webhooks, tr("Webhooks"));
    if (m_desk.isValid()) {
        // The media library (issue #7): its "Send in conversation…" and "Use as template header" land in the desk.
        m_media = new MediaPanel(client, m_desk, m_channel.id, m_tabs);
        connect(m_media, &MediaPanel::sendRequested, this,
                [this](const QString& conversationId, const Attachment& attachment) {
                    setCurrentArea(DeskTab);
                    if (m_conversations->openConversation(conversationId))
                        m_conversations->composer()->addAttachment(attachment);
                });
        connect(m_media, &MediaPanel::templateHeaderRequested, this,
                [this](const QString& conversationId, const QString& mediaId) {
                    setCurrentArea(DeskTab);
                    if (m_conversations->openConversation(conversationId))
                        m_conversations->sendTemplate(conversationId, mediaId);
                });
        m_tabs->addTab(m_media, tr("Media"));
    } else {
        auto* none = new EmptyState(tr("No message store"),
                                    tr("The media library is kept in the message store, which is not open."), m_tabs);
        none->setObjectName(QStringLiteral("noMediaState"));
        m_tabs->addTab(none, tr("Media"));
    }
    m_tabs->setCurrentIndex(qBound(0, m_area, m_tabs->count() - 1));
    m_shownTab = m_tabs->currentIndex();
    m_stack->setCurrentWidget(m_tabs);
    m_ready = true;
    Q_EMIT ready();
}

void ChannelWorkspace::setCurrentArea(int area)
{
    m_area = qBound(0, area, AreaCount - 1);
    if (m_ready)
        m_tabs->setCurrentIndex(m_area);
}

void ChannelWorkspace::setListenerUrl(const QUrl& url)
{
    m_listenerUrl = url;
    if (m_webhooks)
        m_webhooks->setListenerUrl(url);
}

bool ChannelWorkspace::hasUnsavedChanges() const
{
    return m_profile && m_profile->hasUnsavedChanges();
}

void ChannelWorkspace::confirmLeave(const std::function<void()>& proceed)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    m_tabs->setCurrentIndex(ProfileTab); // show what the question is about
    m_profile->confirmLeave(proceed);
}

int ChannelWorkspace::currentArea() const
{
    return m_ready ? m_tabs->currentIndex() : m_area;
}

} // namespace wabadesk::ui
