#include "conversations/ConversationView.h"

#include "channels/PricingReport.h"
#include "common/EmojiPicker.h"
#include "common/EmptyState.h"
#include "conversations/ConversationHeader.h"
#include "conversations/FindBar.h"
#include "conversations/MessageDelegate.h"
#include "conversations/MessageInfoDialog.h"
#include "conversations/MessageListModel.h"
#include "conversations/MessageListView.h"
#include "conversations/MessageSummary.h"
#include "media/PlaybackController.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QCalendarWidget>
#include <QClipboard>
#include <QCursor>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <QWidgetAction>

namespace wabadesk::ui {

namespace {
// How many history pages find may load looking for an older match (50 messages each).
constexpr int FindPageBudget = 400;
} // namespace

ConversationView::ConversationView(store::Store* store, store::ChangeHub* hub, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new MessageListModel(store, hub, this))
    , m_delegate(new MessageDelegate(this))
    , m_header(new ConversationHeader(this))
    , m_find(new FindBar(this))
    , m_list(new MessageListView(this))
    , m_empty(new EmptyState(tr("No conversation open"), tr("Choose a conversation on the left to read and answer it."),
                             this))
    , m_minuteTimer(new QTimer(this))
    , m_spinner(new QTimer(this))
    , m_flash(new QVariantAnimation(this))
    , m_openUrl([](const QUrl& url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("conversationView"));
    m_list->setMessageModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_find->hide();

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_header);
    pageLayout->addWidget(m_find);
    pageLayout->addWidget(m_list, 1);
    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(page);
    connect(m_model, &MessageListModel::conversationReset, this, [this, stack, page] {
        stack->setCurrentWidget(m_model->conversationId().isEmpty() ? static_cast<QWidget*>(m_empty) : page);
    });

    // Delegate clicks.
    connect(m_delegate, &MessageDelegate::linkActivated, this, [this](const QUrl& url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            m_openUrl(url);
    });
    connect(m_delegate, &MessageDelegate::openMediaRequested, this, &ConversationView::openMediaRequested);
    connect(m_delegate, &MessageDelegate::saveMediaRequested, this, &ConversationView::saveMediaRequested);
    connect(m_delegate, &MessageDelegate::retryRequested, this, &ConversationView::retry);
    connect(m_delegate, &MessageDelegate::quoteActivated, this, [this](const QString& wamid) {
        if (!jumpToMessage(wamid))
            Q_EMIT messageNotFound(wamid);
    });
    connect(m_delegate, &MessageDelegate::expandedChanged, this, [this] { m_list->doItemsLayout(); });
    connect(m_delegate, &MessageDelegate::playRequested, this,
            [this](const QString& key, const QString& wamid, bool isVideo) {
                if (isVideo)
                    Q_EMIT openVideoRequested(wamid);
                else
                    Q_EMIT playRequested(key, wamid);
            });
    connect(m_delegate, &MessageDelegate::seekRequested, this,
            [this](const QString& key, const QString&, qreal fraction, qint64 durationMs) {
                if (m_playback)
                    m_playback->seek(key, fraction, durationMs);
            });
    m_spinner->setInterval(40);
    connect(m_spinner, &QTimer::timeout, this, [this] {
        const int row = m_playback ? m_model->rowForKey(m_playback->currentKey()) : -1;
        if (row < 0 || m_playback->state(m_playback->currentKey()).phase != PlaybackState::Phase::Loading) {
            m_spinner->stop();
            return;
        }
        m_list->viewport()->update(m_list->visualRect(m_model->index(row)));
    });

    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_list->indexAt(pos);
        std::unique_ptr<QMenu> menu(createContextMenu(index, this));
        if (menu)
            menu->exec(m_list->viewport()->mapToGlobal(pos));
    });

    // Find.
    auto* findShortcut = new QShortcut(QKeySequence::Find, this, this, &ConversationView::showFind);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_header->findButton(), &QToolButton::clicked, this, &ConversationView::showFind);
    connect(m_find, &FindBar::textChanged, this, [this] { updateFind(false); });
    connect(m_find, &FindBar::olderRequested, this, [this] { stepFind(true); });
    connect(m_find, &FindBar::newerRequested, this, [this] { stepFind(false); });
    connect(m_find, &FindBar::closed, this, [this] {
        m_delegate->setHighlight(QString());
        m_findCurrentKey.clear();
        m_list->viewport()->update();
        m_list->setFocus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_find->isVisible())
            updateFind(true);
    });

    // Jump to date: a calendar under the header's button.
    auto* dateMenu = new QMenu(this);
    dateMenu->setObjectName(QStringLiteral("jumpToDateMenu"));
    auto* calendar = new QCalendarWidget(dateMenu);
    calendar->setObjectName(QStringLiteral("jumpToDateCalendar"));
    calendar->setMaximumDate(QDate::currentDate());
    calendar->setGridVisible(false);
    auto* calendarAction = new QWidgetAction(dateMenu);
    calendarAction->setDefaultWidget(calendar);
    dateMenu->addAction(calendarAction);
    connect(dateMenu, &QMenu::aboutToShow, calendar, [calendar] {
        calendar->setMaximumDate(QDate::currentDate());
        calendar->setFocus();
    });
    connect(calendar, &QCalendarWidget::activated, this, [this, dateMenu](const QDate& date) {
        dateMenu->close();
        jumpToDate(date);
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, dateMenu](const QDate& date) {
        dateMenu->close();
        jumpToDate(date);
    });
    m_header->jumpToDateButton()->setMenu(dateMenu);

    // Live header and window countdown.
    if (hub) {
        connect(hub, &store::ChangeHub::conversationsChanged, this, [this](const QStringList& ids) {
            if (ids.contains(m_model->conversationId()))
                refreshHeader();
        });
    }
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this,
            [this] { m_header->updateWindowState(QDateTime::currentDateTimeUtc()); });
    m_minuteTimer->start();

    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(1600);
    m_flash->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_delegate->setFlash(m_flashKey, value.toReal());
        m_list->viewport()->update();
    });
    stack->setCurrentWidget(m_empty);
}

ConversationView::~ConversationView() = default;

QStringList ConversationView::quickReactions()
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("😮"), QStringLiteral("😢"),      QStringLiteral("🙏")};
}

void ConversationView::setConversation(const QString& conversationId)
{
    if (m_find->isVisible()) {
        m_find->hide();
        m_delegate->setHighlight(QString());
    }
    m_findCurrentKey.clear();
    m_flash->stop();
    m_delegate->setFlash(QString(), 0);
    if (m_playback && conversationId != m_model->conversationId())
        m_playback->pause(); // its bubble is going out of sight
    m_model->setConversation(conversationId);
    refreshHeader();
}

void ConversationView::setPlayback(PlaybackController* playback)
{
    m_playback = playback;
    m_delegate->setPlayback(playback);
    if (!playback)
        return;
    // Only the row whose player changed is painted again (no relayout: the layout has no playback state).
    connect(playback, &PlaybackController::stateChanged, this, [this](const QString& key) {
        const int row = m_model->rowForKey(key);
        if (row < 0)
            return;
        m_list->viewport()->update(m_list->visualRect(m_model->index(row)));
        if (m_playback->state(key).phase == PlaybackState::Phase::Loading && !m_spinner->isActive())
            m_spinner->start();
    });
}

QString ConversationView::conversationId() const
{
    return m_model->conversationId();
}

void ConversationView::refreshHeader()
{
    const auto conversation =
        m_model->conversationId().isEmpty() ? std::nullopt : m_store->conversation(m_model->conversationId());
    if (conversation) {
        // This month's priced messages of the conversation, small, in the header (UPDATES-2026.md §7).
        const auto [from, to] = PricingReport::month(QDate::currentDate());
        const QList<store::PricingCount> counts =
            m_store->pricingCounts(conversation->channelId, from, to, conversation->id);
        m_header->setBillingSummary(PricingReport::summary(counts));
        m_header->setConversation(*conversation);
    } else {
        m_header->clear();
    }
}

void ConversationView::setUrlOpener(std::function<void(const QUrl&)> opener)
{
    m_openUrl = std::move(opener);
}

void ConversationView::setMediaLocator(MessagePresentation::MediaLocator locator)
{
    m_delegate->setMediaLocator(std::move(locator));
    m_list->doItemsLayout();
}

void ConversationView::flashRow(int row)
{
    m_flashKey = m_model->index(row).data(MessageListModel::KeyRole).toString();
    m_flash->stop();
    m_flash->start();
}

bool ConversationView::jumpToMessage(const QString& wamid)
{
    int row = m_model->rowForWamid(wamid);
    if (row < 0) {
        const std::optional<qint64> rowId = m_store->rowIdOf(m_model->channelId(), wamid);
        if (!rowId || !m_model->ensureLoaded(*rowId))
            return false;
        row = m_model->rowForRowId(*rowId);
    }
    if (row < 0)
        return false;
    m_list->scrollToRow(row, QAbstractItemView::PositionAtCenter);
    flashRow(row);
    return true;
}

bool ConversationView::jumpToDate(const QDate& date)
{
    if (m_model->conversationId().isEmpty() || !date.isValid())
        return false;
    const std::optional<qint64> rowId =
        m_store->firstRowIdAtOrAfter(m_model->conversationId(), date.startOfDay().toUTC());
    if (!rowId || !m_model->ensureLoaded(*rowId))
        return false;
    int row = m_model->rowForRowId(*rowId);
    if (row < 0)
        return false;
    const int messageRow = row;
    if (row > 0 && m_model->index(row - 1).data(MessageListModel::KindRole).value<MessageListModel::RowKind>() ==
                       MessageListModel::RowKind::DaySeparator)
        --row;
    m_list->scrollToRow(row, QAbstractItemView::PositionAtTop);
    flashRow(messageRow);
    return true;
}

void ConversationView::showFind()
{
    if (m_model->conversationId().isEmpty())
        return;
    m_find->activate();
    updateFind(true);
}

QList<int> ConversationView::findMatches() const
{
    QList<int> rows;
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(MessageListModel::KindRole).value<MessageListModel::RowKind>() ==
            MessageListModel::RowKind::DaySeparator)
            continue;
        if (index.data(MessageListModel::PlainTextRole).toString().contains(needle, Qt::CaseInsensitive))
            rows.append(row);
    }
    return rows;
}

void ConversationView::updateFind(bool keepCurrent)
{
    const QString needle = m_find->text();
    m_delegate->setHighlight(needle);
    m_list->viewport()->update();
    const QList<int> matches = findMatches();
    int current = keepCurrent ? m_model->rowForKey(m_findCurrentKey) : -1;
    if (!matches.contains(current)) {
        current = matches.isEmpty() ? -1 : matches.last(); // the newest match first
        m_findCurrentKey =
            current >= 0 ? m_model->index(current).data(MessageListModel::KeyRole).toString() : QString();
        if (current >= 0)
            m_list->scrollToRow(current, QAbstractItemView::PositionAtCenter);
    }
    m_find->setResult(static_cast<int>(matches.size() - matches.indexOf(current)), static_cast<int>(matches.size()),
                      m_model->canFetchOlder());
}

void ConversationView::stepFind(bool older)
{
    if (m_find->text().isEmpty())
        return;
    QList<int> matches = findMatches();
    int current = m_model->rowForKey(m_findCurrentKey);
    int next = -1;
    for (int pages = 0; pages <= FindPageBudget; ++pages) {
        if (older) {
            for (qsizetype i = matches.size() - 1; i >= 0; --i) {
                if (current < 0 || matches[i] < current) {
                    next = matches[i];
                    break;
                }
            }
        } else {
            for (const int row : std::as_const(matches)) {
                if (current >= 0 && row > current) {
                    next = row;
                    break;
                }
            }
        }
        if (next >= 0 || !older || !m_model->canFetchOlder())
            break;
        // No older match loaded: page in older history (the current match's key keeps its identity).
        m_model->fetchOlder();
        matches = findMatches();
        current = m_model->rowForKey(m_findCurrentKey);
    }
    if (next < 0) {
        updateFind(true);
        return;
    }
    m_findCurrentKey = m_model->index(next).data(MessageListModel::KeyRole).toString();
    m_list->scrollToRow(next, QAbstractItemView::PositionAtCenter);
    flashRow(next);
    m_find->setResult(static_cast<int>(matches.size() - matches.indexOf(next)), static_cast<int>(matches.size()),
                      m_model->canFetchOlder());
}

void ConversationView::retry(const QModelIndex& index)
{
    const qint64 outboxId = index.data(MessageListModel::OutboxIdRole).toLongLong();
    const QVariant target =
        outboxId > 0 ? QVariant::fromValue(outboxId) : QVariant(index.data(MessageListModel::WamidRole).toString());
    Q_EMIT retryRequested(m_model->conversationId(), target);
}

QMenu* ConversationView::createContextMenu(const QModelIndex& index, QWidget* parent)
{
    if (!index.isValid() || index.data(MessageListModel::KindRole).value<MessageListModel::RowKind>() ==
                                MessageListModel::RowKind::DaySeparator)
        return nullptr;
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("messageMenu"));
    const QString wamid = index.data(MessageListModel::WamidRole).toString();
    const bool isDeleted = index.data(MessageListModel::IsDeletedRole).toBool();
    // A call's card or a system line is nobody's message: nothing to reply or react to (issue #16).
    const bool isEvent = wamid.startsWith(QLatin1String("wacid.")) || wamid.startsWith(QLatin1String("event."));
    const bool canAnswer = !wamid.isEmpty() && !isDeleted && !isEvent;
    const bool inGroup = m_model->conversationId().contains(QLatin1String("/group:"));
    const QPersistentModelIndex persistent(index);

    const QString type = index.data(MessageListModel::TypeRole).toString();
    if ((type == QLatin1String("audio") || type == QLatin1String("video")) && !isDeleted) {
        const QString key = index.data(MessageListModel::KeyRole).toString();
        const bool playing = m_playback && m_playback->state(key).isPlaying();
        QAction* play = menu->addAction(playing ? tr("Pause") : tr("Play"));
        play->setObjectName(QStringLiteral("playAction"));
        connect(play, &QAction::triggered, this, [this, key, wamid, type] {
            if (type == QLatin1String("video"))
                Q_EMIT openVideoRequested(wamid);
            else
                Q_EMIT playRequested(key, wamid);
        });
        menu->addSeparator();
    }
    // React: the six quick reactions in a row, as WhatsApp shows them, "+" for any emoji; the agent's own current
    // reaction is marked, and only then can it be removed.
    const StoredMessage message = index.data(MessageListModel::MessageRole).value<StoredMessage>();
    QString mine;
    for (const MessageReaction& r : message.reactions) {
        if (r.reactorKey == QLatin1String(MessageReaction::kBusiness))
            mine = r.emoji;
    }
    auto* row = new QWidget(menu);
    row->setObjectName(QStringLiteral("reactionRow"));
    row->setAccessibleName(tr("React"));
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(6, 2, 6, 2);
    rowLayout->setSpacing(2);
    QFont emojiFont = EmojiPicker::emojiFont(menu->font());
    emojiFont.setPixelSize(22); // the colour emoji font's own metrics: pixels, and square buttons
    const int side = 38;
    const auto addButton = [&](QAction* action) {
        auto* button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAutoRaise(true);
        button->setFont(emojiFont);
        button->setFixedSize(side, side);
        button->setEnabled(canAnswer && !inGroup); // groups take no reactions (UPDATES-2026.md §3)
        rowLayout->addWidget(button);
    };
    const QStringList emoji = quickReactions();
    for (int i = 0; i < emoji.size(); ++i) {
        auto* a = new QAction(emoji.at(i), menu);
        a->setObjectName(QStringLiteral("reactAction%1").arg(i));
        a->setToolTip(tr("React with %1").arg(emoji.at(i)));
        a->setCheckable(true);
        a->setChecked(!mine.isEmpty() &&
                      QString(mine).remove(QChar(0xFE0F)) == QString(emoji.at(i)).remove(QChar(0xFE0F)));
        // Choosing one's own reaction again takes it back, as in WhatsApp.
        connect(a, &QAction::triggered, this, [this, menu, wamid, e = emoji.at(i), again = a->isChecked()] {
            menu->close();
            Q_EMIT reactRequested(wamid, again ? QString() : e);
        });
        addButton(a);
    }
    auto* more = new QAction(QStringLiteral("+"), menu);
    more->setObjectName(QStringLiteral("reactMoreAction"));
    more->setToolTip(tr("More reactions"));
    connect(more, &QAction::triggered, this, [this, menu, wamid] {
        const QPoint at = menu->isVisible() ? menu->geometry().topLeft() : QCursor::pos();
        menu->close();
        // After the menu's own event loop has ended.
        QMetaObject::invokeMethod(
            this, [this, wamid, at] { openReactionPicker(wamid, at); }, Qt::QueuedConnection);
    });
    addButton(more);
    if (inGroup)
        row->setToolTip(tr("WhatsApp groups do not take reactions from the API"));
    auto* rowAction = new QWidgetAction(menu);
    rowAction->setObjectName(QStringLiteral("reactRowAction"));
    rowAction->setDefaultWidget(row);
    menu->addAction(rowAction);
    if (!mine.isEmpty()) {
        QAction* removeReaction = menu->addAction(tr("Remove my reaction %1").arg(mine));
        removeReaction->setObjectName(QStringLiteral("removeReactionAction"));
        removeReaction->setEnabled(canAnswer && !inGroup);
        connect(removeReaction, &QAction::triggered, this, [this, wamid] { Q_EMIT reactRequested(wamid, QString()); });
    }
    menu->addSeparator();

    QAction* reply = menu->addAction(tr("Reply"));
    reply->setObjectName(QStringLiteral("replyAction"));
    reply->setEnabled(canAnswer);
    connect(reply, &QAction::triggered, this, [this, wamid] { Q_EMIT replyRequested(wamid); });

    QAction* copy = menu->addAction(tr("Copy text"));
    copy->setObjectName(QStringLiteral("copyAction"));
    const QString text = index.data(MessageListModel::PlainTextRole).toString();
    copy->setEnabled(!text.isEmpty());
    connect(copy, &QAction::triggered, this, [text] { QGuiApplication::clipboard()->setText(text); });

    if (const QString status = index.data(MessageListModel::StatusRole).toString();
        status == QLatin1String("failed") || status == QLatin1String("unknown")) {
        QAction* retryAction = menu->addAction(tr("Retry"));
        retryAction->setObjectName(QStringLiteral("retryAction"));
        connect(retryAction, &QAction::triggered, this, [this, persistent] {
            if (persistent.isValid())
                retry(persistent);
        });
    }
    menu->addSeparator();
    QAction* info = menu->addAction(tr("Message info…"));
    info->setObjectName(QStringLiteral("infoAction"));
    connect(info, &QAction::triggered, this, [this, persistent] {
        if (persistent.isValid())
            showMessageInfo(persistent);
    });
    return menu;
}

void ConversationView::showMessageInfo(const QModelIndex& index)
{
    const StoredMessage m = index.data(MessageListModel::MessageRole).value<StoredMessage>();
    const QList<MessageStatusRecord> history =
        m.wamid.isEmpty() ? QList<MessageStatusRecord>() : m_store->statusHistory(m.wamid, m.channelId);
    auto* dialog = new MessageInfoDialog(m, history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConversationView::openReactionPicker(const QString& wamid, const QPoint& globalPos)
{
    if (!m_reactionPicker) {
        m_reactionPicker = new EmojiPicker(this);
        connect(m_reactionPicker, &EmojiPicker::picked, this, [this](const QString& emoji) {
            if (!m_reactionTarget.isEmpty())
                Q_EMIT reactRequested(m_reactionTarget, emoji);
        });
    }
    m_reactionTarget = wamid;
    m_reactionPicker->popup(globalPos);
}

} // namespace wabadesk::ui
