#pragma once

#include "conversations/DeskServices.h"
#include "model/Channel.h"

#include <QWidget>

class QMenu;
class QSplitter;

#include <functional>

namespace wabadesk::ui {

class Composer;
class ConversationListPanel;
class PlaybackController;
class ConversationView;

// The agent's desk for one channel, or for every channel (issue #5): the conversation list on the left, the open
// conversation on the right with the composer under it. It wires the parts together and to the outbox: selecting
// a conversation opens it, marks it read and restores its draft; Reply/React/Retry in the view go to the composer
// and the sender; a search hit or a notification opens the conversation at a message; media open through the
// media cache. It holds no data of its own: everything is read from the store and follows its change hub.
class ConversationsArea : public QWidget {
    Q_OBJECT
public:
    // channelFilter "" shows every channel's conversations.
    ConversationsArea(const DeskServices& desk, const QString& channelFilter, QWidget* parent = nullptr);

    void setChannels(const QList<Channel>& channels);
    QString channelFilter() const { return m_channelFilter; }
    QString currentConversationId() const;
    // Opens a conversation (selecting it in the list), optionally at a message. False when it is not in this area.
    bool openConversation(const QString& conversationId, const QString& wamid = {});

    // The context menu of the current message (Shift+F10 or the Menu key in the messages; on a day separator the
    // first message under it, with none current the newest). It deletes itself when closed; nullptr when there is no
    // message.
    QMenu* showMessageMenu();

    // Opens the template form for a conversation; with `headerMediaId`, a media header is prefilled with that id
    // (the media library's "Use as template header").
    void sendTemplate(const QString& conversationId, const QString& headerMediaId = {});

    ConversationListPanel* list() const { return m_list; }
    ConversationView* view() const { return m_view; }
    Composer* composer() const { return m_composer; }

Q_SIGNALS:
    void currentConversationChanged(const QString& conversationId);
    void totalUnreadChanged(int total);
    void statusMessage(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showConversation(const QString& conversationId);
    void startConversation(const QString& channelId, const QString& waId);
    void retry(const QString& conversationId, const QVariant& wamidOrOutboxId);
    void openMedia(const QString& wamid, bool saveAs);
    // The message's media file: kept locally, or fetched first (`fetching` runs then). `done` gets the path or an
    // error.
    void withMediaFile(const QString& wamid, const std::function<void()>& fetching,
                       const std::function<void(const QString& path, const QString& error)>& done);
    void playVoice(const QString& key, const QString& wamid);
    void playVideo(const QString& wamid);
    void selectPending();
    void restoreLayout();
    void applyDefaultShare();
    void saveLayout() const;

    DeskServices m_desk;
    QString m_channelFilter;
    QSplitter* m_splitter;
    ConversationListPanel* m_list;
    ConversationView* m_view;
    Composer* m_composer;
    PlaybackController* m_playback;
    QString m_pendingSelect; // a conversation just started: selected as soon as the list has it
    QString m_pendingWamid;
    bool m_hasLayout = false; // the splitter's sizes were restored or set once
};

} // namespace wabadesk::ui
