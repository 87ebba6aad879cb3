#include "channels/ChannelSwitcher.h"

#include "channels/ChannelIcon.h"
#include "channels/ChannelItemDelegate.h"
#include "channels/ChannelText.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

ChannelSwitcher::ChannelSwitcher(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("Add Channel…"), this))
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
    m_list->setItemDelegate(new ChannelItemDelegate(m_list));
    // The list blends into the column instead of looking like an input field.
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        Q_EMIT currentChannelChanged(item ? item->data(kIdRole).toString() : QString());
    });

    m_empty->setObjectName(QStringLiteral("channelListEmpty"));
    m_empty->setText(tr("No channels yet."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(6, 0, 6, 0);

    m_add->setObjectName(QStringLiteral("channelSwitcherAdd"));
    m_add->setFlat(true);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolTip(tr("Add a WhatsApp number with its 360dialog API key"));
    connect(m_add, &QPushButton::clicked, this, &ChannelSwitcher::addRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 10, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    setChannels({});
}

void ChannelSwitcher::setChannels(const QList<Channel>& channels)
{
    const QString current = currentChannelId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        if (channels.size() > 1) {
            auto* all =
                new QListWidgetItem(QIcon::fromTheme(QStringLiteral("mail-message")), tr("All channels"), m_list);
            all->setData(kIdRole, kAllChannels);
            all->setData(ChannelItemDelegate::NumberRole, tr("%n numbers", nullptr, int(channels.size())));
            all->setToolTip(tr("The conversations of every channel in one list"));
        }
        for (const Channel& channel : channels) {
            auto* item = new QListWidgetItem(channelIcon(QColor(channel.colour)), channel.name, m_list);
            item->setData(kIdRole, channel.id);
            item->setData(ChannelItemDelegate::NumberRole, ChannelText::number(channel));
            item->setToolTip(ChannelText::toolTip(channel));
            item->setData(Qt::AccessibleDescriptionRole, ChannelText::description(channel));
        }
        int row = 0;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(kIdRole).toString() == current)
                row = i;
        if (m_list->count() > 0)
            m_list->setCurrentRow(row);
    }
    m_empty->setVisible(channels.isEmpty());
    // Emitted once, also when the same channel stays selected, so that the window can show its updated details.
    Q_EMIT currentChannelChanged(currentChannelId());
}

QString ChannelSwitcher::currentChannelId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void ChannelSwitcher::setCurrentChannel(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
}

int ChannelSwitcher::count() const
{
    return m_list->count();
}

} // namespace wabadesk::ui
