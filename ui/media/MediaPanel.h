#pragma once

#include "conversations/AttachmentBar.h"
#include "conversations/DeskServices.h"
#include "model/Conversation.h"
#include "model/MediaItem.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace wabadesk::api {
class ApiClient;
}
namespace wabadesk::media {
class UploadQueue;
}

namespace wabadesk::ui {

class EmptyState;
class MediaLibraryModel;
class NoticeBanner;
class UploadList;

// A channel's media library (issue #7): everything it uploaded and everything customers sent, with type, size,
// SHA-256, source, time and the expiry countdown; filters by type and state and a search. Files come in through
// "Upload…", drag and drop or paste and go through the UploadQueue (checked from their content first, same content
// reused, paced, progress and cancel per file). Each entry can be previewed, saved, sent in a conversation (the
// composer gets it attached), used as a template header, or deleted from 360dialog and/or locally. Follows the
// store's change hub, so archived inbound media and finished uploads appear by themselves.
class MediaPanel : public QWidget {
    Q_OBJECT
public:
    // Chooses a conversation of the channel for "Send in conversation…"; "" when the agent cancelled. Tests replace
    // the dialog.
    using ConversationChooser = std::function<QString(QWidget* parent, const QList<Conversation>& conversations)>;

    MediaPanel(api::ApiClient* client, const DeskServices& desk, const QString& channelId, QWidget* parent = nullptr);
    ~MediaPanel() override;

    QString channelId() const { return m_channelId; }
    media::UploadQueue* uploads() const { return m_queue; }
    MediaLibraryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setConversationChooser(ConversationChooser chooser) { m_chooser = std::move(chooser); }

    // What "Upload…", a drop and a paste do.
    void uploadFiles(const QStringList& paths);
    void selectMedia(const QString& mediaId);
    const MediaItem* currentItem() const;

    void previewCurrent();
    void sendCurrentInConversation();
    void useCurrentAsTemplateHeader();
    void deleteCurrent();

Q_SIGNALS:
    // The composer of `conversationId` should get this attachment (an uploaded id, or a kept file to upload).
    void sendRequested(const QString& conversationId, const wabadesk::ui::Attachment& attachment);
    // Send a template in `conversationId` with this media id in its header.
    void templateHeaderRequested(const QString& conversationId, const QString& mediaId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyFilter();
    void scheduleReload();
    void reload();
    void fitColumns();
    void fitToWidth();
    void updateActions();
    void paste();
    void showNotice(const QString& text, bool error);
    // Runs `then` with the entry's kept file, downloading received media first (MediaCache).
    void withLocalCopy(const MediaItem& item, std::function<void(const MediaItem&)> then);
    // Runs `then` with a usable media id: the entry's own, or a fresh upload of its kept copy once it expired.
    void withUsableId(const MediaItem& item, std::function<void(const QString& mediaId)> then);
    QString chooseConversation();

    api::ApiClient* m_client;
    DeskServices m_desk;
    QString m_channelId;
    media::UploadQueue* m_queue;
    MediaLibraryModel* m_model;
    ConversationChooser m_chooser;

    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_state;
    QPushButton* m_upload;
    NoticeBanner* m_notice;
    UploadList* m_uploadList;
    QTableView* m_table;
    EmptyState* m_empty;
    QLabel* m_count;
    QPushButton* m_preview;
    QPushButton* m_send;
    QPushButton* m_header;
    QPushButton* m_copyId;
    QPushButton* m_delete;
    QTimer* m_reloadTimer;
    QTimer* m_clockTimer;
    int m_fittedSourceWidth = 0; // the Source column as fitColumns() sized it (fitToWidth() may narrow it)
};

} // namespace wabadesk::ui
