#pragma once

#include "model/Conversation.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace wabadesk::ui {

class ElidedLabel;

// The strip above the messages: the customer's avatar (initials), name, number, and the 24-hour window state
// (REFERENCE.md §8.4) as a chip — "Window open · 23 h left" or "Window closed · templates only"; plus the
// find and jump-to-date buttons.
class ConversationHeader : public QWidget {
    Q_OBJECT

public:
    explicit ConversationHeader(QWidget* parent = nullptr);

    void setConversation(const Conversation& conversation);
    // This month's billable messages, small, after the customer's ids ("This month: 3 billable (2 marketing, 1
    // utility)"); "" hides it.
    void setBillingSummary(const QString& summary, const QString& toolTip = QString());
    void clear();
    // Re-evaluates the window chip against `now` (a timer calls it every minute).
    void updateWindowState(const QDateTime& now);
    QString windowText() const;

    QToolButton* findButton() const { return m_find; }
    QToolButton* jumpToDateButton() const { return m_jumpToDate; }

    static QString windowText(const Conversation& conversation, const QDateTime& now);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateStyle();

    Conversation m_conversation;
    QString m_billing;
    bool m_hasConversation = false;
    bool m_windowOpen = false;
    QLabel* m_avatar;
    ElidedLabel* m_name;
    ElidedLabel* m_number;
    QLabel* m_window;
    QToolButton* m_find;
    QToolButton* m_jumpToDate;
};

} // namespace wabadesk::ui
