#pragma once

#include <QListView>

class QToolButton;

namespace wabadesk::ui {

class MessageListModel;

// The QListView of a conversation: pixel scrolling, the background behind the bubbles, history paging when the
// user reaches the top (keeping what they look at in place), following new messages when at the bottom, and a
// "jump to the newest" button when scrolled up.
class MessageListView : public QListView {
    Q_OBJECT

public:
    explicit MessageListView(QWidget* parent = nullptr);

    void setMessageModel(MessageListModel* model);
    bool isAtBottom() const;
    // Scrolls so that `row` is at the top (or centre) of the viewport.
    void scrollToRow(int row, QAbstractItemView::ScrollHint hint = QAbstractItemView::PositionAtCenter);
    // Loads older pages while the content does not fill the viewport or the user is at the top.
    void loadOlderIfNeeded();

Q_SIGNALS:
    void olderPageLoaded();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void verticalScrollbarValueChanged(int value) override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;

private:
    void updateJumpButton();
    int prefetchDistance() const; // how close to the top (pixels) older history is paged in
    void fetchOlderKeepingPosition();

    MessageListModel* m_model = nullptr;
    QToolButton* m_jumpToNewest;
    bool m_wasAtBottom = true;
    bool m_fetching = false;
};

} // namespace wabadesk::ui
