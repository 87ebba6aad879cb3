#pragma once

#include <QListView>

#include <functional>

class QToolButton;

namespace wabadesk::ui {

class MessageListModel;

// The QListView of a conversation: pixel scrolling, the background behind the bubbles, history paging when the
// user reaches the top (keeping what they look at in place), paging towards the newest after a jump into the
// history, following new messages when at the bottom, and a "jump to the newest" button (and End) when scrolled up.
class MessageListView : public QListView {
    Q_OBJECT

public:
    explicit MessageListView(QWidget* parent = nullptr);

    void setMessageModel(MessageListModel* model);
    // At the bottom of the newest message (not of a window of older history).
    bool isAtBottom() const;
    // End / the "jump to the newest" button: back to the live bottom.
    void scrollToNewest();
    // Scrolls so that `row` is at the top (or centre) of the viewport.
    void scrollToRow(int row, QAbstractItemView::ScrollHint hint = QAbstractItemView::PositionAtCenter);
    // Loads older pages while the content does not fill the viewport or the user is at the top.
    void loadOlderIfNeeded();
    // After a jump into the history: loads newer pages while the user is within a screen of the bottom.
    void loadNewerIfNeeded();

Q_SIGNALS:
    void olderPageLoaded();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void verticalScrollbarValueChanged(int value) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateJumpButton();
    int prefetchDistance() const; // how close to the top (pixels) older history is paged in
    void fetchOlderKeepingPosition();
    void fetchNewerKeepingPosition();
    // Runs `fetch` with the first message row in view kept where it is.
    void keepingPosition(const std::function<void()>& fetch);

    MessageListModel* m_model = nullptr;
    QToolButton* m_jumpToNewest;
    bool m_wasAtBottom = true;
    bool m_fetching = false;
};

} // namespace wabadesk::ui
