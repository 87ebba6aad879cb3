#include "channels/ChannelWorkspace.h"

#include "channels/ChannelIcon.h"
#include "conversations/QuickSendPanel.h"
#include "profile/ProfilePanel.h"
#include "templates/TemplatesPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

ChannelWorkspace::ChannelWorkspace(const ChannelDescriptor& channel, QWidget* parent)
    : QWidget(parent)
    , m_channel(channel)
    , m_tabs(new QTabWidget(this))
    , m_quickSend(new QuickSendPanel(channel.client, channel.recipients, m_tabs))
    , m_templates(new TemplatesPanel(channel.client, m_tabs))
    , m_profile(new ProfilePanel(channel.client, m_tabs))
{
    setObjectName(QStringLiteral("channelWorkspace"));

    auto* dot = new QLabel(this);
    const int dotSize = fontMetrics().height();
    dot->setPixmap(channelIcon(channel.colour, dotSize).pixmap(dotSize, dotSize));
    auto* name = new QLabel(channel.name, this);
    name->setObjectName(QStringLiteral("channelName"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto* description = new QLabel(channel.description, this);
    description->setObjectName(QStringLiteral("channelDescription"));
    description->setForegroundRole(QPalette::PlaceholderText);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(16, 12, 16, 8);
    header->setSpacing(8);
    header->addWidget(dot);
    header->addWidget(name);
    header->addSpacing(8);
    header->addWidget(description, 1);

    m_tabs->setObjectName(QStringLiteral("channelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_quickSend, tr("Send a test message"));
    m_tabs->addTab(m_templates, tr("Templates"));
    m_tabs->addTab(m_profile, tr("Business profile"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
}

} // namespace wabadesk::ui
