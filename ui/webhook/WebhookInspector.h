#pragma once

#include "model/JournalEntry.h"
#include "store/StoreLocation.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace wabadesk::channels {
class ChannelService;
}
namespace wabadesk::webhook {
class ListenerService;
}

namespace wabadesk::ui {

class EmptyState;
class JournalReader;
class NoticeBanner;
class WebhookEventFilter;
class WebhookEventModel;

// The webhook inspector (issue #4): the store's recent journal entries merged with the requests the listener
// refused, live; the selected body pretty-printed (always as plain text, never as HTML); "Replay" appends the
// selected body to the journal again (ingested idempotently, so usually a duplicate); "Send test event" posts a test
// message for a channel, with its secret header, to the listener's own URL and shows it arriving.
//
// The journal is read on JournalReader's thread: rows carry whole bodies. As a window of its own, Esc closes it.
class WebhookInspector : public QWidget {
    Q_OBJECT
public:
    // The journal is read on a connection of its own, opened through `openStore`.
    WebhookInspector(webhook::ListenerService* listener, channels::ChannelService* channels,
                     QNetworkAccessManager* network, store::StoreOpener openStore, QWidget* parent = nullptr);
    ~WebhookInspector() override;

    WebhookEventModel* model() const { return m_model; }
    WebhookEventFilter* filter() const { return m_filter; }
    // Shows only deliveries with this result ("" all) and containing this text (any column or the body).
    void setResultFilter(const QString& result);
    void setTextFilter(const QString& text);
    // Reads the journal again now (it also reloads by itself while shown, as events arrive).
    void reload();
    void sendTestEvent();
    void replaySelected();
    bool selectRow(int row);

Q_SIGNALS:
    void reloaded(); // the table shows what the last read returned

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleReload();
    void applyEntries(const QList<JournalEntry>& entries, const QString& error);
    void resolvePending();
    void showSelected();
    void updateListenerState();
    void updateChannels();
    void updateButtons();
    void setFeedback(const QString& text, bool isError);
    QString outcomeText(int row) const;

    webhook::ListenerService* m_listener;
    channels::ChannelService* m_channels;
    QNetworkAccessManager* m_network;
    JournalReader* m_reader;
    WebhookEventModel* m_model;
    WebhookEventFilter* m_filter;
    QTimer* m_reloadTimer;
    bool m_dirty = true;

    // What a test event or a replay waits for, to show its outcome once the ingest worker is done with it.
    QByteArray m_pendingWamid;
    qint64 m_pendingSeq = 0;
    QElapsedTimer m_pendingTimer;

    QLabel* m_state;
    QComboBox* m_channel;
    QComboBox* m_resultFilter;
    QLineEdit* m_search;
    QPushButton* m_test;
    QPushButton* m_replay;
    NoticeBanner* m_feedback;
    QStackedWidget* m_tableStack;
    EmptyState* m_empty;
    QTableView* m_table;
    QLabel* m_details;
    QPlainTextEdit* m_body;
};

} // namespace wabadesk::ui
