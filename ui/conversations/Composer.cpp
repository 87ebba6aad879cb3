#include "conversations/Composer.h"

#include "common/EmojiFont.h"
#include "common/EmojiPicker.h"
#include "common/NoticeBanner.h"
#include "conversations/AttachmentFiles.h"
#include "conversations/ComposerTextEdit.h"
#include "conversations/ContactCardDialog.h"
#include "conversations/InteractiveBuilderDialog.h"
#include "conversations/LocationDialog.h"
#include "conversations/MediaKindQuestion.h"
#include "conversations/MessageQuote.h"
#include "conversations/ReplyBar.h"
#include "conversations/SendTarget.h"
#include "quickreplies/QuickRepliesDialog.h"
#include "quickreplies/QuickReplyCompleter.h"
#include "settings/Preferences.h"
#include "store/ChangeHub.h"
#include "store/Store.h"
#include "theme/Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wabadesk::ui {

namespace {

const QString kEnterSendsKey = QStringLiteral("composer/enterSends");

bool containsUrl(const QString& text)
{
    static const QRegularExpression url(QStringLiteral("(https?://|www\\.)\\S+"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(text).hasMatch();
}

bool takesCaption(api::MediaKind kind)
{
    return kind == api::MediaKind::Image || kind == api::MediaKind::Video || kind == api::MediaKind::Document;
}

} // namespace

Composer::Composer(store::Store* store, store::ChangeHub* hub, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_hub(hub)
    , m_window(new WindowBanner(this))
    , m_reply(new ReplyBar(this))
    , m_attachments(new AttachmentBar(this))
    , m_error(new NoticeBanner(NoticeBanner::Tone::Error, this))
    , m_more(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_edit(new ComposerTextEdit(this))
    , m_quickReplies(new QuickReplyCompleter(m_edit, store, hub, this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_emoji(new QToolButton(this))
    , m_preview(new QCheckBox(tr("Link &preview"), this))
    , m_counter(new QLabel(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Message composer"));
    setAcceptDrops(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setVisible(false);

    m_edit->setObjectName(QStringLiteral("composerText"));
    m_edit->setAccessibleName(tr("Message"));
    setFocusProxy(m_edit); // focusing the composer (a shortcut, Reply) puts the cursor in the text
    m_edit->setEnterSends(QSettings().value(kEnterSendsKey, true).toBool());
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        clearError();
        scheduleDraftSave();
        updateState();
        // "typing…" for the customer (§1.11; the sender decides whether and how often).
        if (m_target && m_hasConversation && !m_loadingDraft && !m_edit->document()->isEmpty())
            m_target->typing(m_conversation.id);
    });
    connect(m_edit, &ComposerTextEdit::sendRequested, this, &Composer::send);
    connect(m_edit, &ComposerTextEdit::filesDropped, this, &Composer::addFiles);
    connect(m_edit, &ComposerTextEdit::imagePasted, this, &Composer::addImage);
    // "/" offers the quick replies; {name} is the customer's profile name, {agent} the agent's (Preferences).
    m_quickReplies->setVariablesProvider([this] {
        return quickreplies::QuickReplyVariables{m_conversation.contact.profileName,
                                                 Preferences::load().effectiveAgentName()};
    });
    connect(m_quickReplies, &QuickReplyCompleter::manageRequested, this, &Composer::openQuickReplies);
    connect(m_edit, &ComposerTextEdit::escapePressed, this, [this] {
        if (!m_replyTo.isEmpty())
            cancelReply();
        else
            clearError();
    });

    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_send->setFocusPolicy(Qt::TabFocus);

    m_more->setObjectName(QStringLiteral("composerMore"));
    m_more->setText(QStringLiteral("+"));
    m_more->setToolTip(tr("Attach a file, send a location, a contact card, buttons, a list or a template"));
    m_more->setAccessibleName(tr("Attach and more"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_menu);
    QFont moreFont = m_more->font();
    moreFont.setPointSizeF(moreFont.pointSizeF() * 1.4);
    m_more->setFont(moreFont);
    m_more->setAutoRaise(true);
    m_more->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    const auto addMenuAction = [this](const QString& name, const QString& text, const QKeySequence& key, auto slot) {
        QAction* action = m_menu->addAction(text);
        action->setObjectName(name);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            this->addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addMenuAction(QStringLiteral("composerAttachFile"), tr("&File, Photo or Video…"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { openFileDialog(); });
    addMenuAction(QStringLiteral("composerLocation"), tr("&Location…"), QKeySequence(),
                  [this] { openLocationDialog(); });
    addMenuAction(QStringLiteral("composerContact"), tr("&Contact Card…"), QKeySequence(),
                  [this] { openContactCardDialog(); });
    m_menu->addSeparator();
    addMenuAction(QStringLiteral("composerButtons"), tr("Reply &Buttons…"), QKeySequence(),
                  [this] { openInteractiveBuilder(false); });
    addMenuAction(QStringLiteral("composerList"), tr("L&ist…"), QKeySequence(),
                  [this] { openInteractiveBuilder(true); });
    m_menu->addSeparator();
    addMenuAction(QStringLiteral("composerTemplate"), tr("&Template…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                  [this] { openTemplatePicker(); });
    addMenuAction(QStringLiteral("composerQuickReplies"), tr("&Quick Replies…"), QKeySequence(),
                  [this] { openQuickReplies(); });
    m_menu->addSeparator();
    QAction* enterSends = m_menu->addAction(tr("Send with &Enter"));
    enterSends->setObjectName(QStringLiteral("composerEnterSends"));
    enterSends->setCheckable(true);
    enterSends->setChecked(m_edit->enterSends());
    enterSends->setToolTip(tr("Off: Ctrl+Enter sends and Enter starts a new line"));
    connect(enterSends, &QAction::toggled, this, &Composer::setEnterSends);

    m_preview->setObjectName(QStringLiteral("composerLinkPreview"));
    m_preview->setChecked(true);
    m_preview->setToolTip(tr("Show a preview of the first link in the message"));
    m_preview->setVisible(false);

    m_counter->setObjectName(QStringLiteral("composerCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &Composer::saveDraftNow);

    connect(m_reply, &ReplyBar::cancelled, this, &Composer::cancelReply);
    connect(m_attachments, &AttachmentBar::changed, this, [this] {
        if (m_hasConversation)
            m_pendingAttachments.insert(m_conversation.id, m_attachments->attachments());
        updateState();
    });
    connect(m_window, &WindowBanner::templateRequested, this, &Composer::openTemplatePicker);
    connect(m_window, &WindowBanner::openChanged, this, &Composer::updateState);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    if (m_hub)
        connect(m_hub, &store::ChangeHub::conversationsChanged, this, &Composer::refreshConversation);

    // Emoji, as in WhatsApp: a button beside the text opens a searchable grid; the pick goes in at the cursor.
    m_emoji->setObjectName(QStringLiteral("composerEmoji"));
    m_emoji->setToolTip(tr("Emoji"));
    m_emoji->setAccessibleName(tr("Emoji"));
    m_emoji->setAutoRaise(true);
    m_emoji->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // Square like "+"; the emoji as an icon (see emojiIcon: its text advance is wider than what it paints).
    const int side = std::max(m_more->sizeHint().height(), m_more->sizeHint().width());
    m_emoji->setIcon(emojiIcon(QStringLiteral("🙂"), 64));
    m_emoji->setIconSize(QSize(side - 10, side - 10));
    m_emoji->setFixedSize(side, side);
    connect(m_emoji, &QToolButton::clicked, this, &Composer::openEmojiPicker);

    auto* inputRow = new QHBoxLayout;
    inputRow->setSpacing(6);
    inputRow->addWidget(m_more, 0, Qt::AlignBottom);
    inputRow->addWidget(m_emoji, 0, Qt::AlignBottom);
    inputRow->addWidget(m_edit, 1, Qt::AlignBottom);
    inputRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto* footerRow = new QHBoxLayout;
    footerRow->setContentsMargins(m_more->sizeHint().width() + m_emoji->sizeHint().width() + 12, 0, 0, 0);
    footerRow->addWidget(m_preview);
    footerRow->addStretch(1);
    footerRow->addWidget(m_counter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(6);
    layout->addWidget(m_window);
    layout->addWidget(m_reply);
    layout->addWidget(m_attachments);
    layout->addWidget(m_error);
    layout->addLayout(inputRow);
    layout->addLayout(footerRow);

    clearConversation();
}

Composer::~Composer()
{
    saveDraftNow();
}

void Composer::setSendTarget(SendTarget* target)
{
    m_target = target;
    updateState();
}

void Composer::setClientProvider(TemplatePickerDialog::ClientProvider provider)
{
    m_clientProvider = std::move(provider);
}

void Composer::setBuiltInTemplatePicker(bool enabled)
{
    m_builtInTemplatePicker = enabled;
}

void Composer::setEnterSends(bool enterSends)
{
    m_edit->setEnterSends(enterSends);
    QSettings().setValue(kEnterSendsKey, enterSends);
    if (auto* action = m_menu->findChild<QAction*>(QStringLiteral("composerEnterSends")))
        action->setChecked(enterSends);
    updateState();
}

bool Composer::enterSends() const
{
    return m_edit->enterSends();
}

void Composer::setClock(WindowBanner::Clock clock)
{
    m_window->setClock(std::move(clock));
    updateState();
}

// ---- conversation and draft

void Composer::setConversation(const Conversation& conversation)
{
    if (m_hasConversation && conversation.id == m_conversation.id) {
        m_conversation = conversation; // fresher window facts; keep what is typed
        updateWindow();
        updateState();
        return;
    }
    saveDraftNow();
    m_conversation = conversation;
    m_hasConversation = true;
    clearError();
    loadDraft();
    updateWindow();
    updateState();
}

void Composer::clearConversation()
{
    saveDraftNow();
    m_conversation = Conversation();
    m_hasConversation = false;
    m_loadingDraft = true;
    m_edit->clear();
    m_loadingDraft = false;
    m_replyTo.clear();
    m_reply->clear();
    {
        const QSignalBlocker blocker(m_attachments);
        m_attachments->clear();
    }
    m_window->clearWindow();
    clearError();
    updateState();
}

void Composer::loadDraft()
{
    m_loadingDraft = true;
    const std::optional<store::Draft> draft = m_store ? m_store->draft(m_conversation.id) : std::nullopt;
    m_edit->setPlainText(draft ? draft->text : QString());
    m_edit->moveCursor(QTextCursor::End);
    m_replyTo.clear();
    m_reply->clear();
    if (draft && !draft->replyToWamid.isEmpty())
        setReplyTo(draft->replyToWamid);
    {
        const QSignalBlocker blocker(m_attachments);
        m_attachments->clear();
        for (const Attachment& a : m_pendingAttachments.value(m_conversation.id))
            m_attachments->addAttachment(a);
    }
    m_loadingDraft = false;
    m_draftDirty = false;
    m_draftTimer->stop();
}

void Composer::scheduleDraftSave()
{
    if (m_loadingDraft || !m_hasConversation)
        return;
    m_draftDirty = true;
    m_draftTimer->start();
}

void Composer::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_draftDirty || !m_hasConversation || !m_store)
        return;
    m_draftDirty = false;
    store::Draft draft;
    draft.text = m_edit->toPlainText();
    draft.replyToWamid = m_replyTo;
    draft.updatedAt = QDateTime::currentDateTimeUtc();
    // Empty text and no reply deletes the draft.
    if (draft.text.trimmed().isEmpty() && draft.replyToWamid.isEmpty())
        draft.text.clear();
    m_store->saveDraft(m_conversation.id, draft);
}

void Composer::refreshConversation(const QStringList& ids)
{
    if (!m_hasConversation || !m_store || !ids.contains(m_conversation.id))
        return;
    if (const std::optional<Conversation> fresh = m_store->conversation(m_conversation.id))
        setConversation(*fresh);
}

void Composer::updateWindow()
{
    m_window->setWindow(m_conversation.lastInboundAt, m_conversation.windowExpiresAt(), m_conversation.windowClosedAt);
}

// ---- reply

void Composer::setReplyTo(const QString& wamid)
{
    if (!m_hasConversation || wamid.isEmpty()) {
        cancelReply();
        return;
    }
    m_replyTo = wamid;
    const std::optional<StoredMessage> quoted =
        m_store ? m_store->message(wamid, m_conversation.channelId) : std::nullopt;
    const MessageQuote quote =
        quoted ? MessageQuote::of(*quoted, m_conversation) : MessageQuote{tr("a message"), tr("(not loaded)")};
    m_reply->setQuote(wamid, quote.author, quote.text);
    scheduleDraftSave();
    if (isWindowOpen())
        m_edit->setFocus();
    updateState();
}

void Composer::cancelReply()
{
    const bool had = !m_replyTo.isEmpty();
    m_replyTo.clear();
    m_reply->clear();
    if (had)
        scheduleDraftSave();
    updateState();
}

// ---- text, attachments

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString& text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

const QList<Attachment>& Composer::attachments() const
{
    return m_attachments->attachments();
}

void Composer::addFiles(const QStringList& filePaths)
{
    if (!m_hasConversation)
        return;
    if (!isWindowOpen()) {
        showError(tr("The 24-hour window is closed: files can be sent again after the customer writes."));
        return;
    }
    clearError();
    for (const QString& path : filePaths)
        addFile(path);
}

void Composer::addFile(const QString& filePath)
{
    const AttachmentVerdict verdict = AttachmentFiles::classify(filePath);
    if (verdict.choices.isEmpty()) {
        showError(verdict.problem);
        return;
    }
    if (verdict.choices.size() == 1) {
        m_attachments->addAttachment({verdict.filePath, verdict.choices.first(), {}, {}});
        return;
    }
    const QString path = verdict.filePath;
    const QString conversation = m_conversation.id;
    MediaKindQuestion::ask(this, {path, verdict.choices}, this,
                           [this, path, conversation](std::optional<api::MediaKind> kind) {
                               if (!kind || conversation != m_conversation.id)
                                   return;
                               m_attachments->addAttachment({path, *kind, {}, {}});
                           });
}

bool Composer::addAttachment(const Attachment& attachment)
{
    if (!m_hasConversation)
        return false;
    if (!isWindowOpen()) {
        showError(tr("The 24-hour window is closed: files can be sent again after the customer writes."));
        return false;
    }
    clearError();
    m_attachments->addAttachment(attachment);
    return true;
}

void Composer::addImage(const QImage& image)
{
    if (image.isNull() || m_pastedImagesDir.isEmpty() || !m_hasConversation)
        return;
    // The file must outlive the composer until the outbox has uploaded it.
    QString error;
    const QString path = AttachmentFiles::savePastedImage(image, m_pastedImagesDir, &error);
    if (path.isEmpty()) {
        showError(error);
        return;
    }
    addFiles({path});
}

void Composer::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_hasConversation)
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

// ---- state

QString Composer::recipient() const
{
    return m_conversation.contact.waId.isEmpty() ? m_conversation.contact.key : m_conversation.contact.waId;
}

bool Composer::isWindowOpen() const
{
    return m_hasConversation && m_window->isOpen();
}

bool Composer::captionApplies() const
{
    return !m_attachments->isEmpty() && takesCaption(m_attachments->attachments().first().kind);
}

int Composer::currentLimit() const
{
    return captionApplies() ? kMaxCaptionLength : kMaxTextLength;
}

bool Composer::canSend() const
{
    if (!m_hasConversation || !m_target || !isWindowOpen())
        return false;
    const QString text = m_edit->toPlainText().trimmed();
    if (text.size() > currentLimit())
        return false;
    return !text.isEmpty() || !m_attachments->isEmpty();
}

void Composer::updateState()
{
    const bool open = isWindowOpen();
    m_edit->setEnabled(open);
    m_edit->setPlaceholderText(!m_hasConversation ? tr("Choose a conversation")
                               : open ? (captionApplies() ? tr("Add a caption…") : tr("Type a message…"))
                                      : tr("Free-form messages are off until the customer writes again"));
    const QString sendKey = m_edit->enterSends() ? tr("Enter") : tr("Ctrl+Enter");
    m_send->setToolTip(tr("Send (%1)").arg(sendKey));

    const qsizetype length = m_edit->toPlainText().trimmed().size();
    const int limit = currentLimit();
    const bool over = length > limit;
    const QLocale locale;
    m_counter->setText(over ? tr("%1 / %2 — %3 too many")
                                  .arg(locale.toString(length), locale.toString(limit), locale.toString(length - limit))
                            : tr("%1 / %2").arg(locale.toString(length), locale.toString(limit)));
    m_counter->setToolTip(captionApplies() ? tr("A caption can have at most %1 characters.").arg(limit)
                                           : tr("A message can have at most %1 characters.").arg(limit));
    m_counter->setProperty("overLimit", over);
    QPalette counterPalette = palette();
    counterPalette.setColor(QPalette::WindowText,
                            over ? theme::negativeText(palette()) : palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(counterPalette);
    m_counter->setVisible(m_hasConversation && open);

    m_preview->setVisible(open && m_attachments->isEmpty() && containsUrl(m_edit->toPlainText()));
    m_send->setEnabled(canSend());
    m_more->setEnabled(m_hasConversation);
    m_emoji->setEnabled(open);
    for (QAction* action : m_menu->actions()) {
        const QString name = action->objectName();
        if (name == QLatin1String("composerEnterSends") || name == QLatin1String("composerQuickReplies"))
            action->setEnabled(true);
        else if (name == QLatin1String("composerTemplate"))
            action->setEnabled(m_hasConversation);
        else if (!name.isEmpty())
            action->setEnabled(open);
    }
    if (m_conversation.isGroup()) { // groups take text, media and templates only (UPDATES-2026.md §3)
        for (QAction* action : m_menu->actions()) {
            const QString name = action->objectName();
            if (name == QLatin1String("composerButtons") || name == QLatin1String("composerList") ||
                name == QLatin1String("composerLocation") || name == QLatin1String("composerContact"))
                action->setEnabled(false);
        }
    }
}

void Composer::showError(const QString& text)
{
    m_error->setText(text.toHtmlEscaped());
    m_error->setVisible(true);
}

void Composer::clearError()
{
    m_error->setVisible(false);
}

QString Composer::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

// ---- sending

bool Composer::send()
{
    saveDraftNow();
    if (!canSend())
        return false;
    clearError();
    const QString conversationId = m_conversation.id;
    const QString text = m_edit->toPlainText().trimmed();
    QList<Attachment> files = m_attachments->attachments();
    QString replyTo = m_replyTo;
    bool textSent = false;
    while (!files.isEmpty()) {
        const Attachment a = files.first();
        const QString caption = takesCaption(a.kind) && !textSent ? text : QString();
        SendOutcome outcome;
        if (!a.mediaId.isEmpty()) {
            api::OutgoingMessage message =
                api::messages::media(QString(), a.kind, api::MediaRef{a.mediaId, {}}, caption,
                                     a.kind == api::MediaKind::Document ? a.fileName : QString());
            message.replyToMessageId = replyTo;
            outcome = m_target->sendMessage(conversationId, message);
        } else {
            outcome = m_target->sendMedia(conversationId, a.kind, a.filePath, caption, replyTo);
        }
        if (!outcome.ok()) {
            // Keep what was not queued, so nothing is lost and nothing goes twice.
            const QSignalBlocker blocker(m_attachments);
            m_attachments->clear();
            for (const Attachment& rest : files)
                m_attachments->addAttachment(rest);
            m_pendingAttachments.insert(conversationId, files);
            if (textSent)
                setText(QString());
            showError(outcome.error);
            updateState();
            return false;
        }
        textSent = textSent || !caption.isEmpty();
        replyTo.clear(); // the reply goes with the first message only
        files.removeFirst();
        Q_EMIT messageQueued(conversationId, outcome.outboxId);
    }
    if (!text.isEmpty() && !textSent) {
        const SendOutcome outcome =
            m_target->sendText(conversationId, text, replyTo, m_preview->isChecked() && containsUrl(text));
        if (!outcome.ok()) {
            const QSignalBlocker blocker(m_attachments);
            m_attachments->clear();
            m_pendingAttachments.remove(conversationId);
            showError(outcome.error);
            updateState();
            return false;
        }
        Q_EMIT messageQueued(conversationId, outcome.outboxId);
    }
    {
        const QSignalBlocker blocker(m_attachments);
        m_attachments->clear();
    }
    m_pendingAttachments.remove(conversationId);
    m_edit->clear();
    m_replyTo.clear();
    m_reply->clear();
    m_draftDirty = true;
    saveDraftNow(); // deletes the draft
    updateState();
    return true;
}

bool Composer::queue(const api::OutgoingMessage& message)
{
    if (!m_hasConversation || !m_target)
        return false;
    api::OutgoingMessage withReply = message;
    if (withReply.type != QLatin1String("reaction") && withReply.replyToMessageId.isEmpty() && !m_replyTo.isEmpty())
        withReply.replyToMessageId = m_replyTo;
    const SendOutcome outcome = m_target->sendMessage(m_conversation.id, withReply);
    if (!outcome.ok()) {
        showError(outcome.error);
        return false;
    }
    clearError();
    if (!withReply.replyToMessageId.isEmpty() && withReply.replyToMessageId == m_replyTo)
        cancelReply();
    Q_EMIT messageQueued(m_conversation.id, outcome.outboxId);
    return true;
}

bool Composer::react(const QString& wamid, const QString& emoji)
{
    if (!m_hasConversation)
        return false;
    if (!isWindowOpen()) {
        showError(tr("The 24-hour window is closed: reactions can be sent again after the customer writes."));
        return false;
    }
    return queue(api::messages::reaction(recipient(), wamid, emoji));
}

// ---- dialogs

void Composer::openFileDialog()
{
    if (!isWindowOpen())
        return;
    auto* dialog = new QFileDialog(this, tr("Attach Files"));
    dialog->setObjectName(QStringLiteral("composerFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Photos, videos, audio and documents (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac "
                               "*.amr *.mp3 *.m4a *.ogg *.opus *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)"),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &Composer::addFiles);
    dialog->open();
}

void Composer::openQuickReplies()
{
    QuickRepliesDialog::showFor(this, m_store, m_hub);
}

void Composer::openLocationDialog()
{
    if (!isWindowOpen())
        return;
    auto* dialog = new LocationDialog(recipient(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { queue(dialog->message()); });
    dialog->open();
}

void Composer::openContactCardDialog()
{
    if (!isWindowOpen())
        return;
    auto* dialog = new ContactCardDialog(recipient(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { queue(dialog->message()); });
    dialog->open();
}

void Composer::openInteractiveBuilder(bool list)
{
    if (!isWindowOpen())
        return;
    auto* dialog = new InteractiveBuilderDialog(recipient(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKind(list ? InteractiveBuilderDialog::Kind::List : InteractiveBuilderDialog::Kind::ReplyButtons);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { queue(dialog->message()); });
    dialog->open();
}

void Composer::openTemplatePicker()
{
    if (!m_hasConversation)
        return;
    Q_EMIT templateRequested(m_conversation.id);
    if (!m_builtInTemplatePicker)
        return;
    auto* dialog = new TemplatePickerDialog(m_store, m_conversation.channelId, recipient(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_clientProvider)
        dialog->setClientProvider(m_clientProvider);
    const QString conversationId = m_conversation.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, conversationId] {
        if (conversationId == m_conversation.id)
            queue(dialog->message());
    });
    dialog->open();
    if (dialog->templateCount() == 0 && m_clientProvider)
        dialog->refresh();
}

void Composer::openEmojiPicker()
{
    if (!m_emojiPicker) {
        m_emojiPicker = new EmojiPicker(this);
        connect(m_emojiPicker, &EmojiPicker::picked, this, &Composer::insertText);
    }
    m_emojiPicker->popup(m_emoji->mapToGlobal(QPoint(0, -4)));
}

void Composer::insertText(const QString& text)
{
    m_edit->textCursor().insertText(text);
    m_edit->setFocus();
}

} // namespace wabadesk::ui
