#pragma once

#include "model/QuickReply.h"
#include "quickreplies/QuickReplyText.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QPlainTextEdit;

namespace wabadesk::store {
class ChangeHub;
class Store;
} // namespace wabadesk::store

namespace wabadesk::ui {

class QuickReplyPopup;

// "/" completion of quick replies in a text field (the composer's). When the word at the cursor starts with "/" (at
// the start of the text or after a space), the matching replies show in a QuickReplyPopup above the field and the
// list narrows as the agent types; Up/Down choose, Enter or Tab insert (in place of "/word", with {name},
// {first_name} and {agent} filled in; a placeholder that cannot be filled is selected for the agent to type over),
// Esc closes it until the next "/". The field keeps the focus throughout: the keys are taken by an event filter
// before the field's own handling, so Enter inserts instead of sending. The library is read from the store and
// re-read when the ChangeHub says it changed (the Quick Replies dialog, another window).
class QuickReplyCompleter : public QObject {
    Q_OBJECT
public:
    using VariablesProvider = std::function<quickreplies::QuickReplyVariables()>;

    QuickReplyCompleter(QPlainTextEdit* edit, store::Store* store, store::ChangeHub* hub, QObject* parent = nullptr);
    ~QuickReplyCompleter() override;

    void setVariablesProvider(VariablesProvider provider);
    bool isPopupVisible() const;
    QuickReplyPopup* popup() const;
    // Inserts `reply` in place of the "/word" at the cursor (or at the cursor when there is none).
    void insert(const QuickReply& reply);

Q_SIGNALS:
    void manageRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Token {
        int start = -1; // the position of the "/"
        QString typed;  // what follows it up to the cursor
    };
    Token tokenAtCursor() const;
    void update();
    void hide();
    void reload();
    quickreplies::QuickReplyVariables variables() const;

    QPlainTextEdit* m_edit;
    store::Store* m_store;
    QPointer<QuickReplyPopup> m_popup;
    VariablesProvider m_variables;
    QList<QuickReply> m_library;
    bool m_libraryLoaded = false;
    int m_dismissedAt = -1; // the "/" position Esc closed the list for
    QString m_shownFor;     // what was typed after "/" when the list was last filled
    bool m_inserting = false;
};

} // namespace wabadesk::ui
