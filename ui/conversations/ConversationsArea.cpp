#include "conversations/ConversationsArea.h"

#include "api/ApiClient.h"
#include "api/ErrorExplanations.h"
#include "channels/ChannelService.h"
#include "conversations/Composer.h"
#include "conversations/ConversationListPanel.h"
#include "conversations/ConversationView.h"
#include "conversations/MessageListView.h"
#include "conversations/SendTarget.h"
#include "media/MediaCache.h"
#include "media/PlaybackController.h"
#include "media/VideoPlayerDialog.h"
#include "outbox/MessageSender.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "templates/TemplateSendDialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace wabadesk::ui {

namespace {
const auto kSplitterKey = QStringLiteral("desk/splitter");
}

ConversationsArea::ConversationsArea(const DeskServices& desk, const QString& channelFilter, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_channelFilter(channelFilter)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new ConversationListPanel(desk.store, desk.hub, desk.openStore, m_splitter))
    , m_view(new ConversationView(desk.store, desk.hub))
    , m_composer(new Composer(desk.store, desk.hub))
    , m_playback(desk.playback ? desk.playback : new PlaybackController(this))
{
    setObjectName(QStringLiteral("conversationsArea"));
    m_list->setChannelFilter(channelFilter);
    m_composer->setSendTarget(desk.sendTarget);
    m_composer->setClientProvider(desk.channels->clientProvider());
    m_composer->setPastedImagesDir(desk.media->pastedImagesDir());
    // "Send template…" opens the full template form (every parameter kind, preview, checks before sending).
    m_composer->setBuiltInTemplatePicker(false);
    connect(m_composer, &Composer::templateRequested, this, [this](const QString& id) { sendTemplate(id); });
    m_view->setMediaLocator([media = desk.media](const StoredMessage& message) {
        if (!message.localMediaPath.isEmpty() && QFileInfo::exists(message.localMediaPath))
            return message.localMediaPath;
        return media->cachedPath(message);
    });

    auto* right = new QWidget(m_splitter);
    right->setObjectName(QStringLiteral("conversationPane"));
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_composer);

    m_splitter->setObjectName(QStringLiteral("deskSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(right);
    // The list takes about 30 % of the desk (also as the window grows), never less than room for a name and a
    // preview line; where the agent drags the handle is remembered (desk/splitter).
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 7);
    m_list->setMinimumWidth(std::max(280, fontMetrics().averageCharWidth() * 40));
    // (The share is set on the first resize: the splitter has no width yet.)
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    restoreLayout();
    connect(m_splitter, &QSplitter::splitterMoved, this, &ConversationsArea::saveLayout);

    // Keyboard: Tab goes list → messages → composer; the current message's menu opens with Shift+F10 or Menu.
    QWidget::setTabOrder(m_list->view(), m_view->listView());
    QWidget::setTabOrder(m_view->listView(), m_composer->focusProxy() ? m_composer->focusProxy() : m_composer);
    auto* messageMenu = new QAction(tr("Message Actions"), m_view->listView());
    messageMenu->setObjectName(QStringLiteral("actionMessageMenu"));
    messageMenu->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)});
    messageMenu->setShortcutContext(Qt::WidgetShortcut);
    m_view->listView()->addAction(messageMenu);
    connect(messageMenu, &QAction::triggered, this, &ConversationsArea::showMessageMenu);

    connect(m_list, &ConversationListPanel::conversationActivated, this, &ConversationsArea::showConversation);
    connect(m_list, &ConversationListPanel::openMessage, this,
            [this](const QString& conversationId, const QString& wamid) { openConversation(conversationId, wamid); });
    connect(m_list, &ConversationListPanel::startConversation, this, &ConversationsArea::startConversation);
    connect(m_list, &ConversationListPanel::totalUnreadChanged, this, &ConversationsArea::totalUnreadChanged);

    connect(m_view, &ConversationView::replyRequested, this, [this](const QString& wamid) {
        m_composer->setReplyTo(wamid);
        m_composer->setFocus();
    });
    connect(m_view, &ConversationView::reactRequested, this,
            [this](const QString& wamid, const QString& emoji) { m_composer->react(wamid, emoji); });
    connect(m_view, &ConversationView::retryRequested, this, &ConversationsArea::retry);
    connect(m_view, &ConversationView::openMediaRequested, this,
            [this](const QString& wamid) { openMedia(wamid, false); });
    connect(m_view, &ConversationView::saveMediaRequested, this,
            [this](const QString& wamid) { openMedia(wamid, true); });
    m_view->setPlayback(m_playback);
    connect(m_view, &ConversationView::playRequested, this, &ConversationsArea::playVoice);
    connect(m_view, &ConversationView::openVideoRequested, this, &ConversationsArea::playVideo);
    connect(m_view, &ConversationView::messageNotFound, this,
            [this] { Q_EMIT statusMessage(tr("The quoted message is not in this conversation's history.")); });

    // A conversation the agent just started appears in the list once the store's change reaches it.
    connect(desk.hub, &store::ChangeHub::conversationsChanged, this, &ConversationsArea::selectPending,
            Qt::QueuedConnection);
    // The window can close (131047) or open (the customer wrote) while the conversation is shown.
    connect(desk.hub, &store::ChangeHub::conversationsChanged, this, [this](const QStringList& ids) {
        const QString current = m_composer->conversationId();
        if (current.isEmpty() || !ids.contains(current))
            return;
        const std::optional<Conversation> c = m_desk.store->conversation(current);
        if (!c)
            return;
        m_composer->setConversation(*c);
        // What arrives in the conversation the agent has in front of them is read at once.
        if (c->unreadCount > 0 && isVisible() && window()->isActiveWindow())
            m_desk.sender->markRead(current);
    });
}

void ConversationsArea::setChannels(const QList<Channel>& channels)
{
    m_list->setChannels(channels);
}

QString ConversationsArea::currentConversationId() const
{
    return m_view->conversationId();
}

bool ConversationsArea::openConversation(const QString& conversationId, const QString& wamid)
{
    if (m_list->currentConversationId() != conversationId && !m_list->setCurrentConversationId(conversationId))
        return false;
    if (m_view->conversationId() != conversationId)
        showConversation(conversationId);
    if (!wamid.isEmpty())
        m_view->jumpToMessage(wamid);
    return true;
}

QMenu* ConversationsArea::showMessageMenu()
{
    QAbstractItemView* list = m_view->listView();
    QAbstractItemModel* model = list->model();
    if (!model || model->rowCount() == 0)
        return nullptr;
    QModelIndex index = list->currentIndex();
    if (!index.isValid())
        index = model->index(model->rowCount() - 1, 0);
    // A day separator has no menu: the first message under it has (else the nearest above).
    const int start = index.row();
    QMenu* menu = m_view->createContextMenu(index, this);
    for (int row = start + 1; !menu && row < model->rowCount(); ++row) {
        index = model->index(row, 0);
        menu = m_view->createContextMenu(index, this);
    }
    for (int row = start - 1; !menu && row >= 0; --row) {
        index = model->index(row, 0);
        menu = m_view->createContextMenu(index, this);
    }
    if (!menu)
        return nullptr;
    list->setCurrentIndex(index);
    list->scrollTo(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QRect rect = list->visualRect(index);
    menu->popup(list->viewport()->mapToGlobal(QPoint(rect.left() + rect.width() / 3, rect.center().y())));
    return menu;
}

void ConversationsArea::showConversation(const QString& conversationId)
{
    if (conversationId.isEmpty()) {
        m_composer->clearConversation();
        m_view->setConversation({});
        Q_EMIT currentConversationChanged({});
        return;
    }
    const std::optional<Conversation> conversation = m_desk.store->conversation(conversationId);
    if (!conversation)
        return;
    m_view->setConversation(conversationId);
    m_composer->setConversation(*conversation);
    if (conversation->unreadCount > 0)
        m_desk.sender->markRead(conversationId);
    Q_EMIT currentConversationChanged(conversationId);
}

void ConversationsArea::startConversation(const QString& channelId, const QString& waId)
{
    const QString id = m_desk.sender->startConversation(channelId, waId);
    if (id.isEmpty()) {
        QMessageBox::warning(this, tr("New conversation"),
                             tr("The conversation could not be created: %1").arg(m_desk.store->lastError()));
        return;
    }
    m_pendingSelect = id;
    selectPending();
}

void ConversationsArea::selectPending()
{
    if (m_pendingSelect.isEmpty())
        return;
    if (m_list->setCurrentConversationId(m_pendingSelect) || m_list->currentConversationId() == m_pendingSelect) {
        showConversation(m_pendingSelect);
        m_pendingSelect.clear();
        m_composer->setFocus();
    }
}

void ConversationsArea::sendTemplate(const QString& conversationId, const QString& headerMediaId)
{
    const std::optional<Conversation> conversation = m_desk.store->conversation(conversationId);
    if (!conversation)
        return;
    const auto open = [this, conversation = *conversation, headerMediaId] {
        TemplateSendDialog dialog(m_desk.store->templates(conversation.channelId), this);
        dialog.setHeaderMedia(headerMediaId);
        dialog.setWindowTitle(tr("Send Template to %1").arg(conversation.contact.displayName()));
        dialog.setRecipient(conversation.contact.waId.isEmpty() ? conversation.contact.key : conversation.contact.waId);
        if (dialog.exec() != QDialog::Accepted || !dialog.message())
            return;
        const SendOutcome outcome = m_desk.sendTarget->sendMessage(conversation.id, *dialog.message());
        if (!outcome.ok())
            QMessageBox::warning(this, tr("Send Template"), outcome.error);
    };
    if (!m_desk.store->templates(conversation->channelId).isEmpty()) {
        open();
        return;
    }
    // Nothing cached yet for this channel: fetch the templates first (they are kept for offline use).
    Q_EMIT statusMessage(tr("Loading the channel's templates…"));
    m_desk.channels->clientProvider()(
        conversation->channelId, this,
        [this, open, channelId = conversation->channelId](const QString& error, api::ApiClient* client) {
            if (!client) {
                QMessageBox::warning(this, tr("Send Template"), error);
                return;
            }
            client->listTemplates(this, [this, open, channelId](const api::Result<QList<Template>>& result) {
                if (!result.ok()) {
                    QMessageBox::warning(
                        this, tr("Send Template"),
                        tr("The templates could not be loaded: %1").arg(api::translatedExplanation(result.error())));
                    return;
                }
                m_desk.store->saveTemplates(channelId, result.value());
                open();
            });
        });
}

void ConversationsArea::retry(const QString& conversationId, const QVariant& wamidOrOutboxId)
{
    const bool isOutboxId = wamidOrOutboxId.typeId() == QMetaType::LongLong;
    const QString key = isOutboxId ? QString::number(wamidOrOutboxId.toLongLong()) : wamidOrOutboxId.toString();
    const auto retryNow = [this, conversationId, key] {
        const outbox::SendRequest request = m_desk.sender->retry(conversationId, key);
        if (!request.ok())
            QMessageBox::warning(this, tr("Retry"), request.error);
    };
    // The message may have reached the customer (issue #17 item 9): the agent decides knowingly.
    const std::optional<OutboxItem> item =
        isOutboxId ? m_desk.store->outboxItem(wamidOrOutboxId.toLongLong()) : std::nullopt;
    if (!item || item->state != OutboxItem::State::Unknown) {
        retryNow();
        return;
    }
    auto* confirm = new QMessageBox(QMessageBox::Question, tr("Send again?"),
                                    tr("WabaDesk stopped after this message left and before WhatsApp answered, so it "
                                       "may already have reached the customer. Sending it again may deliver it "
                                       "twice."),
                                    QMessageBox::NoButton, this);
    confirm->setObjectName(QStringLiteral("retryUnknownDialog"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* send = confirm->addButton(tr("Send again"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("retryUnknownSendButton"));
    confirm->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("retryUnknownCancelButton"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(send, &QPushButton::clicked, this, retryNow);
    confirm->open();
}

void ConversationsArea::withMediaFile(const QString& wamid, const std::function<void()>& fetching,
                                      const std::function<void(const QString& path, const QString& error)>& done)
{
    const std::optional<Conversation> conversation = m_desk.store->conversation(m_view->conversationId());
    const std::optional<StoredMessage> message =
        conversation ? m_desk.store->message(wamid, conversation->channelId) : std::nullopt;
    if (!message || message->mediaId.isEmpty()) {
        const QString local = message ? message->payload.value(QLatin1String("wabadesk"))
                                            .toObject()
                                            .value(QLatin1String("localFile"))
                                            .toString()
                                      : QString();
        if (!local.isEmpty() && QFileInfo::exists(local)) // the agent's own attachment, not uploaded yet
            done(local, {});
        else
            done({}, tr("This message has no media file."));
        return;
    }
    if (!message->localMediaPath.isEmpty() && QFileInfo::exists(message->localMediaPath)) {
        done(message->localMediaPath, {});
        return;
    }
    if (const QString cached = m_desk.media->cachedPath(*message); !cached.isEmpty()) {
        done(cached, {});
        return;
    }
    if (fetching)
        fetching();
    m_desk.channels->withClient(
        conversation->channelId, this,
        [this, message = *message, done](const channels::ChannelError& error, api::ApiClient* client) {
            if (error.isError() || !client) {
                done({}, error.message);
                return;
            }
            m_desk.media->fetch(client, message, this, done);
        });
}

void ConversationsArea::openMedia(const QString& wamid, bool saveAs)
{
    withMediaFile(
        wamid, [this] { Q_EMIT statusMessage(tr("Fetching the file…")); },
        [this, saveAs](const QString& path, const QString& error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Media"), tr("The file could not be fetched: %1").arg(error));
                return;
            }
            if (!saveAs) {
                if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
                    Q_EMIT statusMessage(tr("No application opens %1.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                          .filePath(QFileInfo(path).fileName());
            const QString target = QFileDialog::getSaveFileName(this, tr("Save As"), suggested);
            if (target.isEmpty())
                return;
            QFile::remove(target); // QFileDialog asked about overwriting already
            if (!QFile::copy(path, target))
                QMessageBox::warning(this, tr("Save As"),
                                     tr("The file could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
        });
}

void ConversationsArea::playVoice(const QString& key, const QString& wamid)
{
    if (m_playback->currentKey() == key) { // loaded: play or pause at once
        m_playback->toggle(key, QString());
        return;
    }
    withMediaFile(
        wamid, [this, key] { m_playback->setLoading(key); },
        [this, key](const QString& path, const QString& error) {
            if (!error.isEmpty()) {
                m_playback->setFailed(key, tr("Not downloaded: %1").arg(error));
                return;
            }
            m_playback->play(key, path);
        });
}

void ConversationsArea::playVideo(const QString& wamid)
{
    withMediaFile(
        wamid, [this] { Q_EMIT statusMessage(tr("Fetching the video…")); },
        [this](const QString& path, const QString& error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Video"), tr("The video could not be fetched: %1").arg(error));
                return;
            }
            const std::optional<Conversation> conversation = m_desk.store->conversation(m_view->conversationId());
            const QString from = conversation ? conversation->contact.displayName() : QString();
            auto* dialog = new VideoPlayerDialog(path, from.isEmpty() ? tr("Video") : tr("Video from %1").arg(from),
                                                 m_playback, window());
            dialog->show();
        });
}

void ConversationsArea::restoreLayout()
{
    const QByteArray state = QSettings().value(kSplitterKey).toByteArray();
    m_hasLayout = !state.isEmpty() && m_splitter->restoreState(state);
}

void ConversationsArea::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyDefaultShare();
}

void ConversationsArea::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    applyDefaultShare();
}

void ConversationsArea::applyDefaultShare()
{
    // Only once it is shown at its real size (hidden tabs are resized to placeholders first).
    if (m_hasLayout || !isVisible() || width() <= 0)
        return;
    m_hasLayout = true;
    const int list = std::max(m_list->minimumWidth(), width() * 3 / 10);
    m_splitter->setSizes({list, std::max(0, width() - list)});
}

void ConversationsArea::saveLayout() const
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

} // namespace wabadesk::ui
