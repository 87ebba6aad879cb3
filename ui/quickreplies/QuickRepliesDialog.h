#pragma once

#include "quickreplies/QuickReplyLibrary.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QToolButton;

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class QuickReplyModel;

// Settings → Quick Replies… and the composer's "+" menu: the desk's library of saved replies. The list (searchable,
// in the agents' order: Move Up/Down, Sort A–Z) on the left, the selected reply's shortcut and text on the right with
// the rules checked as they are typed (shown once a field was touched, or on Save): a one-word shortcut no other
// reply has, a text within WhatsApp's 4096 characters. Changes are saved with Save, or when another reply is chosen
// or the dialog closes while they are valid; invalid changes are kept in front of the agent (or, on closing,
// discarded after asking). Non-modal; one per window (showFor).
class QuickRepliesDialog : public QDialog {
    Q_OBJECT
public:
    QuickRepliesDialog(store::Store* store, store::ChangeHub* hub, QWidget* parent = nullptr);

    // The window's dialog, raised when it is open, else made and shown.
    static QuickRepliesDialog* showFor(QWidget* window, store::Store* store, store::ChangeHub* hub);

    // Starts a new reply in the editor (valid edits of the current one are saved first); false when they are not.
    bool addNew();
    // Saves the editor; false (errors shown) when a rule is broken or the store failed.
    bool saveCurrent();
    void selectShortcut(const QString& shortcut);
    bool isDirty() const { return m_dirty; }

    void reject() override;

private:
    void reload();
    void showReply(const QuickReply& reply);
    void currentChanged(const QModelIndex& current, const QModelIndex& previous);
    void removeCurrent();
    void move(int steps);
    void sortByShortcut();
    void insertVariable(const QString& placeholder);
    QuickReply edited() const;
    void updateChecks();
    void updateButtons();
    qint64 currentId() const;

    quickreplies::QuickReplyLibrary m_library;
    QuickReplyModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QListView* m_list;
    QPushButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_sort;
    QLabel* m_editorTitle;
    QLineEdit* m_shortcut;
    QLabel* m_shortcutError;
    QPlainTextEdit* m_text;
    QLabel* m_counter;
    QLabel* m_textError;
    QToolButton* m_variables;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLabel* m_storeError;
    QDialogButtonBox* m_buttons;

    QuickReply m_current; // what the editor started from (id 0: a new reply)
    bool m_dirty = false;
    bool m_loading = false;
    bool m_showErrors = false;
    bool m_shortcutTouched = false;
    bool m_textTouched = false;
};

} // namespace wabadesk::ui
