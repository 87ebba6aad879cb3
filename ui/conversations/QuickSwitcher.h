#pragma once

#include "model/Channel.h"

#include <QFrame>
#include <QPointer>
#include <QSet>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QTimer;

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class QuickSwitcherModel;

// Ctrl+K (issue #5 item 8): a small panel over the top of the window with a search field and the conversations of
// every channel (most recent first; name, number digits or channel name, fuzzy) and the channels. Up/Down/Page keys
// move in the list while typing, Enter opens the entry (conversationChosen / channelChosen), Esc closes and gives the
// focus back. The context menu of an entry (right click, Menu key, Shift+F10) mutes its channel's notifications.
// It reads the store when it opens and follows the change hub while it is shown.
class QuickSwitcher : public QFrame {
    Q_OBJECT
public:
    // `parent`: the window it floats over.
    QuickSwitcher(store::Store* store, store::ChangeHub* hub, QWidget* parent);

    void setChannels(const QList<Channel>& channels);
    void setMutedChannels(const QSet<QString>& channelIds);

    // Reads the conversations, clears the field, shows itself over the parent and takes the focus.
    void popup();
    // Hides, giving the focus back to where it was (unless an entry was opened).
    void dismiss();
    // Opens the current entry (what Enter does); false when the list is empty.
    bool activateCurrent();
    // The context menu of the current entry, shown under it (what Menu / Shift+F10 do). The menu deletes itself.
    QMenu* showEntryMenu();

    QLineEdit* searchField() const { return m_field; }
    QListView* listView() const { return m_list; }
    QuickSwitcherModel* model() const { return m_model; }

Q_SIGNALS:
    void conversationChosen(const QString& conversationId);
    void channelChosen(const QString& channelId);
    void muteRequested(const QString& channelId, bool muted);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void place();
    void updateCount();
    QMenu* createEntryMenu(const QModelIndex& index);

    store::Store* m_store;
    QList<Channel> m_channels;
    QuickSwitcherModel* m_model;
    QLineEdit* m_field;
    QListView* m_list;
    QLabel* m_hint;
    QTimer* m_reloadTimer;
    QPointer<QWidget> m_previousFocus;
};

} // namespace wabadesk::ui
