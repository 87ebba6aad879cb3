#include "conversations/ConversationListPanel.h"

#include "conversations/ConversationDelegate.h"
#include "conversations/ConversationFilterModel.h"
#include "conversations/ConversationListModel.h"
#include "conversations/NewConversationDialog.h"
#include "conversations/SearchPanel.h"
#include "conversations/SearchResultModel.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wabadesk::ui {

using Roles = ConversationListModel::Role;
using Filter = ConversationFilterModel::Filter;

namespace {

QIcon searchIcon(const QColor& colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 2.6, Qt::SolidLine, Qt::RoundCap));
    p.drawEllipse(QRectF(7, 7, 14, 14));
    p.drawLine(QPointF(19, 19), QPointF(25, 25));
    return QIcon(pixmap);
}

// A speech bubble with a plus: "new conversation".
QIcon newConversationIcon(const QColor& colour)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(7, 8, 34, 27), 9, 9);
    QPainterPath tail;
    tail.moveTo(13, 32);
    tail.lineTo(10, 42);
    tail.lineTo(22, 34);
    tail.closeSubpath();
    p.setPen(QPen(colour, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(bubble.united(tail));
    p.drawLine(QPointF(24, 15), QPointF(24, 28));
    p.drawLine(QPointF(17.5, 21.5), QPointF(30.5, 21.5));
    return QIcon(pixmap);
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    f.setCapitalization(QFont::AllUppercase);
    label->setFont(f);
    label->setContentsMargins(12, 6, 12, 2);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Counts key presses and mouse actions on the list as the agent's doing (see m_userDriven).
class ConversationListView final : public QListView {
public:
    ConversationListView(int* userDriven, QWidget* parent)
        : QListView(parent)
        , m_userDriven(userDriven)
    {}

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        ++*m_userDriven;
        QListView::keyPressEvent(event);
        --*m_userDriven;
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        ++*m_userDriven;
        QListView::mousePressEvent(event);
        --*m_userDriven;
    }
    void mouseMoveEvent(QMouseEvent* event) override
    {
        ++*m_userDriven;
        QListView::mouseMoveEvent(event);
        --*m_userDriven;
    }

private:
    int* m_userDriven;
};

} // namespace

ConversationListPanel::ConversationListPanel(store::Store* store, store::ChangeHub* hub, store::StoreOpener openStore,
                                             QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ConversationListModel(store, hub, this))
    , m_filter(new ConversationFilterModel(this))
    , m_searchField(new QLineEdit(this))
    , m_newButton(new QToolButton(this))
    , m_unreadChip(makeChip(QStringLiteral("filterUnread")))
    , m_windowChip(makeChip(QStringLiteral("filterWindowOpen")))
    , m_failedChip(makeChip(QStringLiteral("filterFailed")))
    , m_stack(new QStackedWidget(this))
    , m_view(new ConversationListView(&m_userDriven, this))
    , m_chatsHeader(sectionLabel(tr("Conversations"), this))
    , m_search(new SearchPanel(store, std::move(openStore), this))
{
    setObjectName(QStringLiteral("conversationListPanel"));
    m_filter->setSourceModel(m_model);

    auto* title = new QLabel(tr("Conversations"), this);
    title->setObjectName(QStringLiteral("conversationListTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::Bold);
    title->setFont(titleFont);

    m_newButton->setObjectName(QStringLiteral("newConversationButton"));
    m_newButton->setAccessibleName(tr("New conversation"));
    m_newButton->setToolTip(tr("New conversation (Ctrl+N)"));
    m_newButton->setShortcut(QKeySequence::New);
    m_newButton->setAutoRaise(true);
    m_newButton->setIconSize(QSize(22, 22));
    connect(m_newButton, &QToolButton::clicked, this, &ConversationListPanel::requestNewConversation);

    // Keyboard (issue #5 item 8), window-wide: the main window does not define these again.
    const auto shortcut = [this](const char* objectName, const QString& text, const QKeySequence& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(objectName));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut("actionPreviousConversation", tr("Previous conversation"), QKeySequence(Qt::ALT | Qt::Key_Up),
             [this] { selectRelative(-1); });
    shortcut("actionNextConversation", tr("Next conversation"), QKeySequence(Qt::ALT | Qt::Key_Down),
             [this] { selectRelative(1); });
    shortcut("actionNextUnreadConversation", tr("Next unread conversation"),
             QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this] { selectNextUnread(); });

    m_searchField->setObjectName(QStringLiteral("conversationSearch"));
    m_searchField->setAccessibleName(tr("Search conversations and messages"));
    m_searchField->setPlaceholderText(tr("Search conversations and messages"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->installEventFilter(this);
    connect(m_searchField, &QLineEdit::textChanged, this, &ConversationListPanel::onTextChanged);

    m_unreadChip->setToolTip(tr("Only conversations with unread messages"));
    m_windowChip->setToolTip(tr("Only conversations whose 24-hour window is open (free-form replies possible)"));
    m_failedChip->setToolTip(tr("Only conversations with messages that could not be sent"));
    const auto chip = [this](QToolButton* button, Filter filter) {
        connect(button, &QToolButton::toggled, this, [this, filter](bool on) {
            m_filter->setFilter(filter, on);
            updateEmptyState();
        });
    };
    chip(m_unreadChip, Filter::Unread);
    chip(m_windowChip, Filter::WindowOpen);
    chip(m_failedChip, Filter::Failed);

    m_view->setObjectName(QStringLiteral("conversationList"));
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ConversationDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->setAttribute(Qt::WA_Hover);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConversationListPanel::onCurrentChanged);
    // A click on the row the selection model made current by itself: no currentRowChanged, but a choice.
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (index.data(Roles::IdRole).toString() != m_currentId)
            choose(index);
    });

    // The empty state: a title, a sentence and one action, compact enough for a side column.
    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("conversationListEmpty"));
    auto* emptyTitle = new QLabel(empty);
    emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont emptyFont = emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    emptyFont.setWeight(QFont::DemiBold);
    emptyTitle->setFont(emptyFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    emptyTitle->setWordWrap(true);
    auto* emptyText = new QLabel(empty);
    emptyText->setObjectName(QStringLiteral("emptyText"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto* emptyAction = new QPushButton(empty);
    emptyAction->setObjectName(QStringLiteral("emptyAction"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    connect(emptyAction, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() == 0) {
            requestNewConversation();
            return;
        }
        for (QToolButton* c : {m_unreadChip, m_windowChip, m_failedChip})
            c->setChecked(false);
        m_searchField->clear();
    });
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    connect(m_search, &SearchPanel::openMessage, this, &ConversationListPanel::openMessage);
    connect(m_search, &SearchPanel::searched, this, [this](const QString&, int) { updateEmptyState(); });

    // Chip counts and the empty state follow the model; several changes in one go are counted once.
    auto* recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(0);
    connect(recount, &QTimer::timeout, this, [this] {
        updateChips();
        updateEmptyState();
    });
    const auto later = [recount] {
        recount->start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, recount, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, recount, later);
    connect(m_model, &QAbstractItemModel::modelReset, recount, later);
    connect(m_model, &QAbstractItemModel::dataChanged, recount, later);
    connect(m_model, &ConversationListModel::totalUnreadChanged, this, &ConversationListPanel::totalUnreadChanged);
    // The open conversation may come back (text cleared, channel switched back): select it again.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ConversationListPanel::scheduleSync);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ConversationListPanel::scheduleSync);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ConversationListPanel::scheduleSync);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(14, 12, 8, 4);
    header->addWidget(title, 1);
    header->addWidget(m_newButton);
    auto* chips = new QHBoxLayout;
    chips->setContentsMargins(12, 2, 12, 6);
    chips->setSpacing(6);
    chips->addWidget(m_unreadChip);
    chips->addWidget(m_windowChip);
    chips->addWidget(m_failedChip);
    chips->addStretch(1);
    auto* searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(12, 4, 12, 6);
    searchRow->addWidget(m_searchField);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addLayout(searchRow);
    layout->addLayout(chips);
    layout->addWidget(m_chatsHeader);
    layout->addWidget(m_stack, 3);
    layout->addWidget(m_search, 2);
    m_chatsHeader->setVisible(false);
    m_search->setVisible(false);

    applyStyle();
    theme::followPalette(this, [this] {
        // Dropping the sheet hands back the palettes it replaced, which are from before this change: every widget
        // left with a palette of its own (in this panel only the sheet sets one) inherits the new palette again
        // before the rules are made from it.
        setStyleSheet(QString());
        setPalette(QPalette());
        const QList<QWidget*> children = findChildren<QWidget*>();
        for (QWidget* child : children) {
            if (child->testAttribute(Qt::WA_SetPalette))
                child->setPalette(QPalette());
        }
        applyStyle();
    });
    updateChips();
    updateEmptyState();
}

QToolButton* ConversationListPanel::makeChip(const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setProperty("chip", true);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

void ConversationListPanel::setChannels(const QList<Channel>& channels)
{
    m_channels = channels;
    m_model->setChannels(channels);
}

void ConversationListPanel::setChannelFilter(const QString& channelId)
{
    m_model->setChannelFilter(channelId);
}

QString ConversationListPanel::channelFilter() const
{
    return m_model->channelFilter();
}

QString ConversationListPanel::currentConversationId() const
{
    return m_currentId;
}

bool ConversationListPanel::setCurrentConversationId(const QString& conversationId)
{
    const int sourceRow = m_model->rowOf(conversationId);
    if (sourceRow < 0)
        return false;
    // Pinned first, so that a filter does not hide the conversation being opened.
    m_filter->setPinnedId(conversationId);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow));
    if (!index.isValid()) {
        // Hidden by the typed text (a message hit of a conversation whose name does not match): it opens all the
        // same; the list keeps showing the search, and selects it again when the text is cleared.
        if (conversationId != m_currentId) {
            m_currentId = conversationId;
            m_view->selectionModel()->clear();
            Q_EMIT conversationActivated(conversationId);
        }
        return true;
    }
    choose(index);
    return true;
}

void ConversationListPanel::selectRelative(int step)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? qBound(0, current.row() + step, rows - 1) : (step > 0 ? 0 : rows - 1);
    choose(m_filter->index(row, 0));
}

void ConversationListPanel::selectNextUnread()
{
    const int rows = m_filter->rowCount();
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    for (int i = 1; i <= rows; ++i) {
        const QModelIndex index = m_filter->index((start + i) % rows, 0);
        if (index.data(Roles::UnreadCountRole).toInt() > 0) {
            choose(index);
            return;
        }
    }
}

void ConversationListPanel::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void ConversationListPanel::requestNewConversation()
{
    auto* dialog = new NewConversationDialog(m_channels, m_model->channelFilter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT startConversation(dialog->channelId(), dialog->waId()); });
    dialog->open();
    if (m_dialogHook)
        m_dialogHook(dialog);
}

void ConversationListPanel::onTextChanged(const QString& text)
{
    m_filter->setText(text);
    const bool searching = !text.trimmed().isEmpty();
    m_search->setVisible(searching);
    m_chatsHeader->setVisible(searching);
    m_search->setQuery(text);
    updateEmptyState();
}

void ConversationListPanel::choose(const QModelIndex& index)
{
    ++m_userDriven;
    // The selection model may have made it current on its own (a neighbour of a filtered-out row): no signal then.
    const bool alreadyCurrent = m_view->currentIndex() == index;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (alreadyCurrent)
        onCurrentChanged();
    --m_userDriven;
    m_view->scrollTo(index);
}

void ConversationListPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (m_userDriven == 0) {
        // The model moved the current row (a filter removed it): the open conversation stays open.
        scheduleSync();
        return;
    }
    if (!current.isValid())
        return;
    const QString id = current.data(Roles::IdRole).toString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT conversationActivated(id);
    // Pinning re-filters: never inside the selection model's signal (the proxy may be mid-change).
    QMetaObject::invokeMethod(
        this, [this] { m_filter->setPinnedId(m_currentId); }, Qt::QueuedConnection);
}

void ConversationListPanel::scheduleSync()
{
    if (m_syncQueued)
        return;
    m_syncQueued = true;
    QMetaObject::invokeMethod(this, &ConversationListPanel::syncSelection, Qt::QueuedConnection);
}

void ConversationListPanel::syncSelection()
{
    m_syncQueued = false;
    QItemSelectionModel* selection = m_view->selectionModel();
    const int sourceRow = m_currentId.isEmpty() ? -1 : m_model->rowOf(m_currentId);
    const QModelIndex open = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow));
    if (!open.isValid()) {
        if (selection->currentIndex().isValid() || selection->hasSelection())
            selection->clear();
        return;
    }
    if (selection->currentIndex() != open || !selection->isSelected(open))
        selection->setCurrentIndex(open, QItemSelectionModel::ClearAndSelect);
}

void ConversationListPanel::updateChips()
{
    const auto label = [](const QString& name, int count) {
        return count > 0 ? QStringLiteral("%1  %2").arg(name).arg(count) : name;
    };
    m_unreadChip->setText(label(tr("Unread"), m_filter->sourceCount(Filter::Unread)));
    m_windowChip->setText(label(tr("Window open"), m_filter->sourceCount(Filter::WindowOpen)));
    const int failed = m_filter->sourceCount(Filter::Failed);
    m_failedChip->setText(label(tr("Failed"), failed));
    // "Failed" only matters when something failed (or while it is switched on).
    m_failedChip->setVisible(failed > 0 || m_failedChip->isChecked());
}

void ConversationListPanel::updateEmptyState()
{
    const bool searching = !m_searchField->text().trimmed().isEmpty();
    const bool none = m_filter->rowCount() == 0;
    auto* empty = m_stack->widget(1);
    auto* title = empty->findChild<QLabel*>(QStringLiteral("emptyTitle"));
    auto* text = empty->findChild<QLabel*>(QStringLiteral("emptyText"));
    auto* action = empty->findChild<QPushButton*>(QStringLiteral("emptyAction"));
    if (m_model->rowCount() == 0) {
        title->setText(tr("No conversations yet"));
        text->setText(tr("Messages from customers appear here as they arrive. You can also write first."));
        action->setText(tr("New conversation"));
    } else {
        title->setText(tr("No matching conversations"));
        text->setText(searching ? tr("No name, number or last message contains “%1”.").arg(m_searchField->text())
                                : tr("No conversation matches the selected filters."));
        action->setText(tr("Clear filters"));
    }
    // While searching, the list shrinks to its rows and the message results take the rest; with no matching
    // conversation only the message results are shown.
    if (searching) {
        const int rows = m_filter->rowCount();
        const int rowHeight = rows > 0 ? m_view->sizeHintForRow(0) : 0;
        m_stack->setCurrentIndex(none && m_search->resultCount() > 0 ? 0 : (none ? 1 : 0));
        m_stack->setVisible(!none || m_search->resultCount() == 0);
        m_chatsHeader->setVisible(!none);
        m_stack->setMaximumHeight(none ? QWIDGETSIZE_MAX : qMin(rows * rowHeight + 2, qMax(height() / 2, rowHeight)));
    } else {
        m_stack->setVisible(true);
        m_stack->setMaximumHeight(QWIDGETSIZE_MAX);
        m_stack->setCurrentIndex(none ? 1 : 0);
    }
}

void ConversationListPanel::applyStyle()
{
    // The application's palette: the panel's own is the one its previous style sheet was polished with.
    const QPalette pal = QApplication::palette(this);
    const bool dark = theme::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor field = theme::mix(base, text, dark ? 0.08 : 0.055);
    const QColor chipBorder = theme::mix(base, text, dark ? 0.22 : 0.16);
    const QColor chipOn = theme::mix(base, accent, dark ? 0.35 : 0.16);
    const QColor chipOnText = dark ? theme::positiveText(pal) : theme::mix(accent, text, 0.25);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#conversationListPanel { background: %4; }"
                                 "QLineEdit#conversationSearch { border: 1px solid %1; border-radius: 9px;"
                                 " padding: 6px 8px; background: %1; color: %2; }"
                                 "QLineEdit#conversationSearch:focus { border-color: %3; background: %4; }"
                                 "QToolButton#filterUnread, QToolButton#filterWindowOpen, QToolButton#filterFailed { "
                                 "border: 1px solid %5; border-radius: 11px;"
                                 " padding: 3px 11px; min-height: 16px; background: %4; color: %2; }"
                                 "QToolButton#filterUnread:hover, QToolButton#filterWindowOpen:hover, "
                                 "QToolButton#filterFailed:hover { background: %1; }"
                                 "QToolButton#filterUnread:checked, QToolButton#filterWindowOpen:checked,"
                                 " QToolButton#filterFailed:checked { background: %6; border-color: %6;"
                                 " color: %7; font-weight: 600; }"
                                 "QListView#conversationList, QListView#searchResults { background: %4; }"
                                 "QToolButton#filterFailed { color: %8; }")
                      .arg(field.name(), text.name(), accent.name(), base.name(), chipBorder.name(), chipOn.name(),
                           chipOnText.name(), theme::negativeText(pal).name()));
    const QColor quiet = theme::mix(text, base, 0.4);
    const QList<QAction*> actions = m_searchField->actions();
    for (QAction* a : actions) {
        if (a->objectName() == QLatin1String("searchIcon")) {
            m_searchField->removeAction(a);
            a->deleteLater();
        }
    }
    QAction* icon = m_searchField->addAction(searchIcon(quiet), QLineEdit::LeadingPosition);
    icon->setObjectName(QStringLiteral("searchIcon"));
    m_newButton->setIcon(newConversationIcon(theme::mix(text, base, 0.15)));
}

bool ConversationListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                choose(m_filter->index(0, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_filter->rowCount() > 0) {
            choose(m_filter->index(0, 0));
            m_view->setFocus();
            return true;
        }
        // No conversation matches but messages do: Down goes to them, Enter opens the first.
        QListView* results = m_search->view();
        if (m_filter->rowCount() == 0 && m_search->isVisible() && m_search->resultCount() > 0) {
            if (key->key() == Qt::Key_Down) {
                results->setFocus();
                results->setCurrentIndex(results->model()->index(0, 0));
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                const QModelIndex first = results->model()->index(0, 0);
                results->setCurrentIndex(first);
                Q_EMIT openMessage(first.data(SearchResultModel::ConversationIdRole).toString(),
                                   first.data(SearchResultModel::WamidRole).toString());
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape && !m_searchField->text().isEmpty()) {
            m_searchField->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wabadesk::ui
