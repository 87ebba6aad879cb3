#pragma once

#include "ChannelTestBase.h"
#include "model/Channel.h"

#include "MainWindow.h"
#include "conversations/OutboxSendTarget.h"
#include "media/MediaCache.h"
#include "outbox/MessageSender.h"
#include "outbox/OutboxSender.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <functional>
#include <memory>

namespace wabadesk::ui {
class ConversationsArea;
}

namespace wabadesk::test {

// The main window with the conversation desk, built as app/gui/main.cpp does (sandbox channel, change hub, store,
// outbox, sender, media cache). Without a listener customers' messages are ingested straight into the store
// (addCustomer); tst_desk starts one in `beforeWindow`.
// QSettings are isolated (test mode, own application name) and cleared by startDesk().
class DeskWindowFixture : protected ChannelTestBase {
protected:
    static void isolateSettings(const QString& applicationName);
    // `beforeWindow` runs after the store exists and before the window is made (fill the store, set QSettings).
    bool startDesk(QString* error, const std::function<void()>& beforeWindow = {});
    void stopDesk();
    // Quits and starts again over the same data directory: window, sender, outbox and store are made anew.
    bool restartDesk(QString* error);

    // The customer's text message `secondsAgo`, routed to the channel; returns the conversation id.
    QString addCustomer(const QString& waId, const QString& name, const QString& text, int secondsAgo = 0);
    ui::ConversationsArea* desk() const;

private:
    bool openStoreAndSender(QString* error);
    bool showWindow(QString* error);

protected:
    Channel m_channel;
    std::unique_ptr<store::ChangeHub> m_hub;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<outbox::OutboxSender> m_outbox;
    std::unique_ptr<outbox::MessageSender> m_sender;
    std::unique_ptr<ui::OutboxSendTarget> m_target;
    std::unique_ptr<media::MediaCache> m_media;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_seq = 0;
};

} // namespace wabadesk::test
