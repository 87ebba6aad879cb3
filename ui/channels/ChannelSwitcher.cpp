#include "channels/ChannelSwitcher.h"

#include "channels/ChannelIcon.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace wabadesk::ui {

ChannelSwitcher::ChannelSwitcher(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("channelSwitcher"));

    auto* heading = new QLabel(tr("Channels"), this);
    heading->setObjectName(QStringLiteral("channelHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setContentsMargins(6, 0, 0, 0);

    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setAccessibleName(tr("Channels"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(14, 14));
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    // The list blends into the column instead of looking like an input field.
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChannelSwitcher::currentChannelChanged);

    m_empty->setObjectName(QStringLiteral("channelListEmpty"));
    m_empty->setText(tr("No channels yet."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(6, 0, 6, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 10, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    setChannels({});
}

void ChannelSwitcher::setChannels(const QList<ChannelDescriptor>& channels)
{
    m_list->clear();
    for (const ChannelDescriptor& channel : channels) {
        auto* item = new QListWidgetItem(channelIcon(channel.colour), channel.name, m_list);
        item->setToolTip(channel.connectionText);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    }
    m_empty->setVisible(channels.isEmpty());
    if (!channels.isEmpty())
        m_list->setCurrentRow(0);
}

int ChannelSwitcher::currentIndex() const
{
    return m_list->currentRow();
}

void ChannelSwitcher::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

} // namespace wabadesk::ui
