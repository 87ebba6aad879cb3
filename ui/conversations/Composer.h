#pragma once

#include "conversations/AttachmentBar.h"
#include "conversations/TemplatePickerDialog.h"
#include "conversations/WindowBanner.h"
#include "model/Conversation.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;

namespace wabadesk {
struct StoredMessage;
}

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class ComposerTextEdit;
class EmojiPicker;
class NoticeBanner;
class QuickReplyCompleter;
class ReplyBar;
class SendTarget;

// Where the agent writes: the 24-h window banner, the reply bar, the attachments, the text field with its
// counter and link-preview toggle, a "+" menu (files, location, contact card, buttons and lists, template) and
// Send. Sending goes through the injected SendTarget (which queues in the outbox); what the target refuses is
// shown above the field and nothing is lost. The draft (text and reply) is saved per conversation in the store,
// debounced, and when the conversation changes; setConversation() restores it.
class Composer : public QWidget {
    Q_OBJECT
public:
    // REFERENCE.md §1.3 and §1.4: text body and caption limits (UTF-16 code units, as MessageValidation counts).
    static constexpr int kMaxTextLength = 4096;
    static constexpr int kMaxCaptionLength = 1024;
    static constexpr int kDraftDelayMs = 500;

    Composer(store::Store* store, store::ChangeHub* hub, QWidget* parent = nullptr);
    ~Composer() override;

    void setSendTarget(SendTarget* target);
    // For Refresh in the built-in template picker.
    void setClientProvider(TemplatePickerDialog::ClientProvider provider);
    // Where a pasted image is saved as a file to attach (media::MediaCache::pastedImagesDir()); without one, pasted
    // images are not taken.
    void setPastedImagesDir(const QString& dir) { m_pastedImagesDir = dir; }
    // false: "Send template…" only emits templateRequested() (a fuller picker elsewhere takes over).
    void setBuiltInTemplatePicker(bool enabled);
    // Enter sends and Shift+Enter breaks the line (true, the default), or Ctrl+Enter sends and Enter breaks.
    // Remembered in QSettings ("composer/enterSends").
    void setEnterSends(bool enterSends);
    bool enterSends() const;
    // Replaces the clock of the window countdown (tests).
    void setClock(WindowBanner::Clock clock);

    // Saves the current draft, then shows `conversation` with its draft.
    void setConversation(const Conversation& conversation);
    void clearConversation();
    QString conversationId() const { return m_conversation.id; }

    void setReplyTo(const QString& wamid);
    void cancelReply();
    QString replyToWamid() const { return m_replyTo; }

    QString text() const;
    void setText(const QString& text);
    // Adds files as if dropped: the kind is found from the content; a question when both a photo and a document
    // fit. Unsupported files are refused with a reason.
    void addFiles(const QStringList& filePaths);
    void addImage(const QImage& image);
    // Adds a prepared attachment (e.g. an uploaded media id from the media library); false with an error shown when
    // nothing can be sent in this conversation now.
    bool
    addAttachment(const Attachment& attachment); // a pasted image: saved as PNG under <data dir>/cache/composer first
    const QList<Attachment>& attachments() const;

    bool isWindowOpen() const;
    bool canSend() const;
    // Queues what is in the composer; false when nothing was queued (see errorText()).
    bool send();
    // Reactions come from the conversation view; empty emoji removes the reaction.
    bool react(const QString& wamid, const QString& emoji);
    QString errorText() const;
    void saveDraftNow();

    void openTemplatePicker();
    void openLocationDialog();
    void openContactCardDialog();
    void openInteractiveBuilder(bool list);
    void openFileDialog();
    // The emoji grid above the emoji button; the pick is inserted at the cursor (insertText).
    void openEmojiPicker();
    EmojiPicker* emojiPicker() const { return m_emojiPicker; }
    void insertText(const QString& text);
    // The Quick Replies dialog (also "Manage…" in the "/" list).
    void openQuickReplies();
    QuickReplyCompleter* quickReplies() const { return m_quickReplies; }

Q_SIGNALS:
    void templateRequested(const QString& conversationId);
    void messageQueued(const QString& conversationId, qint64 outboxId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QString recipient() const;
    int currentLimit() const;
    bool captionApplies() const;
    void updateState();
    void updateWindow();
    void showError(const QString& text);
    void clearError();
    bool queue(const api::OutgoingMessage& message);
    void scheduleDraftSave();
    void loadDraft();
    void refreshConversation(const QStringList& ids);
    void addFile(const QString& filePath);

    store::Store* m_store;
    QString m_pastedImagesDir;
    store::ChangeHub* m_hub;
    SendTarget* m_target = nullptr;
    TemplatePickerDialog::ClientProvider m_clientProvider;
    bool m_builtInTemplatePicker = true;
    Conversation m_conversation;
    bool m_hasConversation = false;
    QString m_replyTo;
    QHash<QString, QList<Attachment>> m_pendingAttachments; // per conversation, in memory only
    bool m_loadingDraft = false;
    bool m_draftDirty = false;

    WindowBanner* m_window;
    ReplyBar* m_reply;
    AttachmentBar* m_attachments;
    NoticeBanner* m_error;
    QToolButton* m_more;
    QMenu* m_menu;
    ComposerTextEdit* m_edit;
    QuickReplyCompleter* m_quickReplies;
    QPushButton* m_send;
    QToolButton* m_emoji;
    EmojiPicker* m_emojiPicker = nullptr; // made on first use
    QCheckBox* m_preview;
    QLabel* m_counter;
    QTimer* m_draftTimer;
};

} // namespace wabadesk::ui
