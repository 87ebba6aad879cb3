#include "conversations/MessageListView.h"

#include "conversations/BubblePainter.h"
#include "conversations/MessageListModel.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace wabadesk::ui {

MessageListView::MessageListView(QWidget* parent)
    : QListView(parent)
    , m_jumpToNewest(new QToolButton(viewport()))
{
    setObjectName(QStringLiteral("messageList"));
    setAccessibleName(tr("Messages"));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setUniformItemSizes(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalScrollBar()->setSingleStep(24);

    m_jumpToNewest->setObjectName(QStringLiteral("jumpToNewestButton"));
    m_jumpToNewest->setToolTip(tr("Jump to the newest message"));
    m_jumpToNewest->setAccessibleName(tr("Jump to the newest message"));
    m_jumpToNewest->setText(QStringLiteral("↓"));
    m_jumpToNewest->setFixedSize(38, 38);
    m_jumpToNewest->setCursor(Qt::PointingHandCursor);
    m_jumpToNewest->hide();
    connect(m_jumpToNewest, &QToolButton::clicked, this, &MessageListView::scrollToNewest);
}

void MessageListView::setMessageModel(MessageListModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &MessageListModel::conversationReset, this, [this] {
        doItemsLayout();
        scrollToBottom();
        m_wasAtBottom = true;
        updateJumpButton();
        QTimer::singleShot(0, this, &MessageListView::loadOlderIfNeeded);
    });
    connect(model, &MessageListModel::windowMoved, this, [this] {
        // A far jump or back to the newest: whoever moved the window scrolls; the rows are laid out now.
        doItemsLayout();
        updateJumpButton();
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_wasAtBottom = isAtBottom(); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_wasAtBottom = isAtBottom(); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (isAtBottom())
            QTimer::singleShot(0, this, [this] { scrollToBottom(); });
    });
}

int MessageListView::prefetchDistance() const
{
    return viewport()->height() / 2;
}

bool MessageListView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4 && !(m_model && m_model->canFetchNewer());
}

void MessageListView::scrollToNewest()
{
    if (m_model && m_model->canFetchNewer())
        m_model->jumpToLatest();
    scrollToBottom();
    m_wasAtBottom = true;
    updateJumpButton();
}

void MessageListView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_End) {
        scrollToNewest();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void MessageListView::scrollToRow(int row, QAbstractItemView::ScrollHint hint)
{
    if (!m_model || row < 0)
        return;
    doItemsLayout();
    scrollTo(m_model->index(row), hint);
    updateJumpButton();
}

void MessageListView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (!m_fetching && m_wasAtBottom && m_model && end == m_model->rowCount() - 1) {
        // New messages at the bottom: follow them when the user was reading the newest.
        QTimer::singleShot(0, this, [this] {
            scrollToBottom();
            updateJumpButton();
        });
    }
}

void MessageListView::keepingPosition(const std::function<void()>& fetch)
{
    m_fetching = true;
    // Anchor: the first row in view and how far down it sits; after the page went in (and the far end of the
    // window went out) it goes back there. (A message row, not a day separator: a separator moves up to the first
    // message of its day in the new page.)
    QModelIndex top = indexAt(QPoint(4, 4));
    while (top.isValid() && top.data(MessageListModel::KindRole).value<MessageListModel::RowKind>() ==
                                MessageListModel::RowKind::DaySeparator)
        top = m_model->index(top.row() + 1);
    const QString key = top.isValid() ? top.data(MessageListModel::KeyRole).toString() : QString();
    const int offset = top.isValid() ? visualRect(top).top() : 0;
    fetch();
    doItemsLayout();
    const int row = m_model->rowForKey(key);
    if (row >= 0) {
        scrollTo(m_model->index(row), QAbstractItemView::PositionAtTop);
        verticalScrollBar()->setValue(verticalScrollBar()->value() - offset);
    }
    m_fetching = false;
}

void MessageListView::fetchOlderKeepingPosition()
{
    if (!m_model || m_fetching || !m_model->canFetchOlder())
        return;
    keepingPosition([this] { m_model->fetchOlder(MessageListModel::ScrollPageSize); });
    Q_EMIT olderPageLoaded();
}

void MessageListView::fetchNewerKeepingPosition()
{
    if (!m_model || m_fetching || !m_model->canFetchNewer())
        return;
    keepingPosition([this] { m_model->fetchNewer(MessageListModel::ScrollPageSize); });
    updateJumpButton();
}

void MessageListView::loadNewerIfNeeded()
{
    if (!m_model)
        return;
    int guard = 20;
    while (m_model->canFetchNewer() && guard-- > 0 &&
           verticalScrollBar()->maximum() - verticalScrollBar()->value() < prefetchDistance())
        fetchNewerKeepingPosition();
}

void MessageListView::loadOlderIfNeeded()
{
    if (!m_model)
        return;
    // Fill the viewport (short pages of tall bubbles), then page further when the user comes within a screen of
    // the top, so the page is usually in before they reach it.
    int guard = 20;
    while (m_model->canFetchOlder() && guard-- > 0 &&
           (verticalScrollBar()->maximum() == 0 || verticalScrollBar()->value() < prefetchDistance())) {
        const bool wasBottom = isAtBottom() && verticalScrollBar()->maximum() == 0;
        fetchOlderKeepingPosition();
        if (wasBottom)
            scrollToBottom();
        if (verticalScrollBar()->maximum() > 0 && verticalScrollBar()->value() >= prefetchDistance())
            break;
    }
}

void MessageListView::verticalScrollbarValueChanged(int value)
{
    // Not QAbstractItemView's: that one calls fetchMore() at the bottom, which in a chat is the wrong end.
    if (value < prefetchDistance() && verticalScrollBar()->maximum() > 0 && !m_fetching)
        QTimer::singleShot(0, this, &MessageListView::loadOlderIfNeeded);
    if (m_model && m_model->canFetchNewer() && verticalScrollBar()->maximum() - value < prefetchDistance() &&
        !m_fetching)
        QTimer::singleShot(0, this, &MessageListView::loadNewerIfNeeded);
    updateJumpButton();
}

void MessageListView::updateJumpButton()
{
    const bool show = verticalScrollBar()->maximum() - verticalScrollBar()->value() > viewport()->height() ||
                      (m_model && m_model->canFetchNewer());
    m_jumpToNewest->setVisible(show);
    m_jumpToNewest->move(viewport()->width() - m_jumpToNewest->width() - 16,
                         viewport()->height() - m_jumpToNewest->height() - 14);
    const BubbleColors colours = BubbleColors::from(palette());
    m_jumpToNewest->setStyleSheet(QStringLiteral("QToolButton { border-radius: 19px; background: %1; color: %2;"
                                                 " font-size: 16px; border: 1px solid %3; }")
                                      .arg(colours.incoming.name(), colours.muted.name(), colours.shadow.name()));
}

void MessageListView::resizeEvent(QResizeEvent* event)
{
    const bool atBottom = isAtBottom();
    QListView::resizeEvent(event);
    if (atBottom)
        QTimer::singleShot(0, this, [this] { scrollToBottom(); });
    updateJumpButton();
}

void MessageListView::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(viewport());
        painter.fillRect(viewport()->rect(), BubbleColors::from(palette()).background);
    }
    QListView::paintEvent(event);
}

} // namespace wabadesk::ui
