#pragma once

#include "model/QuickReply.h"
#include "quickreplies/QuickReplyText.h"

#include <QFrame>

#include <optional>

class QLabel;
class QListView;
class QToolButton;

namespace wabadesk::ui {

class QuickReplyDelegate;
class QuickReplyModel;

// The list the composer shows over itself after "/": the matching quick replies (with their text as it would go in),
// a hint for the keys, and "Manage…". It never takes the keyboard focus (the text field keeps it and
// QuickReplyCompleter forwards the keys), and it is a child of the window rather than a popup window, so that it
// works the same on every platform and offscreen.
class QuickReplyPopup : public QFrame {
    Q_OBJECT
public:
    static constexpr int kVisibleRows = 6;

    explicit QuickReplyPopup(QWidget* parent);

    // `libraryEmpty`: no quick reply exists at all (the popup then says how to add some). `keepCurrent`: the
    // highlighted reply stays highlighted while it is listed (the library changed); else the best match is.
    void setReplies(const QList<QuickReply>& replies, const quickreplies::QuickReplyVariables& variables,
                    bool libraryEmpty, bool keepCurrent = false);
    int count() const;
    std::optional<QuickReply> current() const;
    int currentRow() const;
    // Moves the highlighted row by `steps` (wrapping at the ends).
    void moveCurrent(int steps);
    // Shows it above `anchor` (below when there is no room), as wide as the anchor within limits.
    void showAbove(QWidget* anchor);

    QListView* list() const { return m_list; }

Q_SIGNALS:
    void activated(const wabadesk::QuickReply& reply);
    void manageRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QuickReplyModel* m_model;
    QuickReplyDelegate* m_delegate;
    QListView* m_list;
    QLabel* m_empty;
    QLabel* m_hint;
    QToolButton* m_manage;
};

} // namespace wabadesk::ui
