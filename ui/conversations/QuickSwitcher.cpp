#include "conversations/QuickSwitcher.h"

#include "common/LocaleFormat.h"
#include "common/Overlay.h"
#include "conversations/QuickSwitcherModel.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

using Roles = QuickSwitcherModel::Role;
constexpr int kPadding = 10;
constexpr int kReloadDelayMs = 200;

// One line per entry: the channel's colour dot, the name (bold when unread), the number and channel dimmed, a muted
// label and the unread count on the right. Text is painted as plain text (names come from customers).
class QuickSwitcherDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {200, option.fontMetrics.height() * 2 + 2 * kPadding - 2};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette& palette = option.palette;
        const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor dim = theme::mix(text, palette.color(selected ? QPalette::Highlight : QPalette::Base), 0.4);
        const bool channel = index.data(Roles::KindRole).toInt() == int(QuickSwitcherModel::Kind::Channel);
        const int unread = index.data(Roles::UnreadRole).toInt();
        const bool muted = index.data(Roles::MutedRole).toBool();

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QRect r = option.rect.adjusted(kPadding, 0, -kPadding, 0);
        // The channel dot (a ring for a channel entry).
        const int dot = channel ? 12 : 10;
        QColor colour = index.data(Roles::ChannelColourRole).value<QColor>();
        if (!colour.isValid())
            colour = dim;
        const QRectF dotRect(r.left(), r.center().y() - dot / 2.0, dot, dot);
        // On the highlight a ring in the highlighted text's colour keeps the dot visible whatever the colours.
        painter->setPen(channel ? QPen(colour, 3) : QPen(selected ? text : colour.darker(130), selected ? 1.5 : 1));
        painter->setBrush(channel ? QBrush(Qt::NoBrush) : QBrush(colour));
        painter->drawEllipse(channel ? dotRect.adjusted(1.5, 1.5, -1.5, -1.5) : dotRect);
        r.setLeft(r.left() + dot + kPadding);

        // Right side: unread badge, then "Muted".
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.88);
        const QFontMetrics smallMetrics(small);
        if (unread > 0) {
            const QString count = ui::count(unread, 999);
            QFont bold = small;
            bold.setBold(true);
            const QFontMetrics boldMetrics(bold);
            const int h = boldMetrics.height() + 2;
            const int w = std::max(h, boldMetrics.horizontalAdvance(count) + 10);
            const QRect badge(r.right() - w, r.center().y() - h / 2, w, h);
            painter->setPen(Qt::NoPen);
            // On the highlight the badge takes the highlighted text's colour, so that it never blends in.
            const QColor fill = selected ? text : (muted ? dim : theme::positiveText(palette));
            painter->setBrush(fill);
            painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
            painter->setPen(selected ? palette.color(QPalette::Highlight)
                                     : (theme::isDark(palette) && !muted ? QColor(Qt::black) : QColor(Qt::white)));
            painter->setFont(bold);
            painter->drawText(badge, Qt::AlignCenter, count);
            r.setRight(badge.left() - kPadding);
        }
        if (muted) {
            const QString label = QuickSwitcher::tr("Muted");
            const int w = smallMetrics.horizontalAdvance(label);
            painter->setFont(small);
            painter->setPen(dim);
            painter->drawText(QRect(r.right() - w, r.top(), w, r.height()), Qt::AlignVCenter | Qt::AlignRight, label);
            r.setRight(r.right() - w - kPadding);
        }

        // Title and subtitle.
        QFont titleFont = option.font;
        if (unread > 0 || channel)
            titleFont.setBold(true);
        const QFontMetrics titleMetrics(titleFont);
        const int lineHeight = titleMetrics.height();
        const QRect titleRect(r.left(), option.rect.top() + kPadding - 2, r.width(), lineHeight);
        const QRect subRect(r.left(), titleRect.bottom() + 1, r.width(), smallMetrics.height());
        painter->setFont(titleFont);
        painter->setPen(text);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(index.data(Roles::TitleRole).toString(), Qt::ElideRight, r.width()));
        painter->setFont(small);
        painter->setPen(dim);
        painter->drawText(
            subRect, Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(index.data(Roles::SubtitleRole).toString(), Qt::ElideRight, r.width()));
        painter->restore();
    }
};

} // namespace

QuickSwitcher::QuickSwitcher(store::Store* store, store::ChangeHub* hub, QWidget* parent)
    : QFrame(parent)
    , m_store(store)
    , m_model(new QuickSwitcherModel(this))
    , m_field(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_hint(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setAccessibleName(tr("Quick switcher"));
    markAsOverlay(this); // it pops up over the window's content
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(28);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(0, 0, 0, 110));
    setGraphicsEffect(shadow);
    hide();

    m_field->setObjectName(QStringLiteral("quickSwitcherField"));
    m_field->setAccessibleName(tr("Go to conversation or channel"));
    m_field->setPlaceholderText(tr("Go to a conversation or channel — name, number or channel"));
    m_field->setClearButtonEnabled(true);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_field->setFont(big);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setQuery(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        updateCount();
        place();
    });

    m_list->setObjectName(QStringLiteral("quickSwitcherList"));
    m_list->setAccessibleName(tr("Matching conversations and channels"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new QuickSwitcherDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // the field keeps the focus; its keys move here
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        m_list->setCurrentIndex(index);
        activateCurrent();
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_list->setCurrentIndex(index);
        activateCurrent();
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (!index.isValid())
            return;
        m_list->setCurrentIndex(index);
        if (QMenu* menu = createEntryMenu(index))
            menu->popup(m_list->viewport()->mapToGlobal(pos));
    });

    m_hint->setObjectName(QStringLiteral("quickSwitcherHint"));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText,
                         theme::mix(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.45));
    m_hint->setPalette(hintPalette);
    QFont smallFont = m_hint->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.88);
    m_hint->setFont(smallFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kPadding, kPadding, kPadding, kPadding / 2);
    layout->setSpacing(kPadding / 2);
    layout->addWidget(m_field);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    if (hub)
        connect(hub, &store::ChangeHub::conversationsChanged, this, [this] {
            if (isVisible())
                m_reloadTimer->start();
        });
    // A click elsewhere in the window closes it, like a popup.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (isVisible() && now && now != this && !isAncestorOf(now) && !qobject_cast<QMenu*>(now))
            hide();
    });
    parent->installEventFilter(this); // follows the window's size
}

void QuickSwitcher::setChannels(const QList<Channel>& channels)
{
    m_channels = channels;
    if (isVisible())
        reload();
}

void QuickSwitcher::setMutedChannels(const QSet<QString>& channelIds)
{
    m_model->setMutedChannels(channelIds);
}

void QuickSwitcher::reload()
{
    const QString current = m_list->currentIndex().data(QuickSwitcherModel::IdRole).toString();
    m_model->setEntries(m_store ? m_store->conversations(QString()) : QList<Conversation>(), m_channels);
    int row = 0;
    for (int i = 0; !current.isEmpty() && i < m_model->rowCount(); ++i) {
        if (m_model->index(i).data(QuickSwitcherModel::IdRole).toString() == current) {
            row = i;
            break;
        }
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(row));
    updateCount();
}

void QuickSwitcher::popup()
{
    QWidget* focus = QApplication::focusWidget();
    if (focus && focus != m_field)
        m_previousFocus = focus;
    m_field->blockSignals(true);
    m_field->clear();
    m_field->blockSignals(false);
    m_model->setQuery(QString());
    reload();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    m_list->scrollToTop();
    place();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void QuickSwitcher::dismiss()
{
    hide();
    if (m_previousFocus)
        m_previousFocus->setFocus(Qt::OtherFocusReason);
}

bool QuickSwitcher::activateCurrent()
{
    QModelIndex index = m_list->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0);
    if (!index.isValid())
        return false;
    const QString id = index.data(QuickSwitcherModel::IdRole).toString();
    const bool channel = index.data(QuickSwitcherModel::KindRole).toInt() == int(QuickSwitcherModel::Kind::Channel);
    m_previousFocus = nullptr;
    hide();
    if (channel)
        Q_EMIT channelChosen(id);
    else
        Q_EMIT conversationChosen(id);
    return true;
}

QMenu* QuickSwitcher::createEntryMenu(const QModelIndex& index)
{
    const QString channelId = index.data(QuickSwitcherModel::ChannelIdRole).toString();
    if (channelId.isEmpty())
        return nullptr;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("quickSwitcherMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool channel = index.data(QuickSwitcherModel::KindRole).toInt() == int(QuickSwitcherModel::Kind::Channel);
    QAction* open =
        menu->addAction(channel ? tr("&Open Channel") : tr("&Open Conversation"), this, [this] { activateCurrent(); });
    open->setObjectName(QStringLiteral("quickSwitcherOpen"));
    menu->setDefaultAction(open);
    menu->addSeparator();
    const QString channelName = index.data(QuickSwitcherModel::ChannelNameRole).toString();
    QAction* mute =
        //: %1: the channel's name.
        menu->addAction(channelName.isEmpty() ? tr("&Mute Notifications")
                                              : tr("&Mute Notifications for %1").arg(channelName));
    mute->setObjectName(QStringLiteral("quickSwitcherMute"));
    mute->setCheckable(true);
    mute->setChecked(index.data(QuickSwitcherModel::MutedRole).toBool());
    connect(mute, &QAction::toggled, this, [this, channelId](bool on) { Q_EMIT muteRequested(channelId, on); });
    // The field keeps the focus when the menu closes.
    connect(menu, &QMenu::aboutToHide, this, [this] { m_field->setFocus(); });
    return menu;
}

QMenu* QuickSwitcher::showEntryMenu()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return nullptr;
    QMenu* menu = createEntryMenu(index);
    if (menu)
        menu->popup(m_list->viewport()->mapToGlobal(m_list->visualRect(index).bottomLeft()));
    return menu;
}

void QuickSwitcher::place()
{
    QWidget* window = parentWidget();
    if (!window)
        return;
    const int width = std::min(600, window->width() - 40);
    // As tall as the matches need, between a few rows and most of the window.
    const QMargins margins = layout()->contentsMargins();
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() * 3;
    const int rows = std::clamp(m_model->rowCount(), 3, 9);
    const int wanted = margins.top() + m_field->sizeHint().height() + layout()->spacing() + rows * rowHeight +
                       2 * m_list->frameWidth() + layout()->spacing() + m_hint->sizeHint().height() + margins.bottom();
    const int height = std::min(wanted, int(window->height() * 0.75));
    move((window->width() - width) / 2, std::max(20, window->height() / 9));
    resize(width, height);
}

void QuickSwitcher::updateCount()
{
    const int shown = m_model->rowCount();
    m_hint->setText(tr("%n match(es) · ↑↓ to choose · Enter to open · Esc to close", nullptr, shown));
}

bool QuickSwitcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        place();
        return false;
    }
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool shiftF10 = key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        // Moved in the list while the field keeps the focus (Ctrl+Home/End too, through the view).
        QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
        QApplication::sendEvent(m_list, &copy);
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateCurrent();
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    case Qt::Key_Menu:
        showEntryMenu();
        return true;
    default:
        if (shiftF10) {
            showEntryMenu();
            return true;
        }
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace wabadesk::ui
