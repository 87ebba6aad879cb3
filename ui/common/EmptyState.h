#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wabadesk::ui {

// A centred, quiet message for an area that has nothing to show yet: a title, a sentence or two, and optionally
// one button (the call to action) that emits actionRequested().
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text);
    // Shows the button with this text and objectName; empty text hides it.
    void setAction(const QString& text, const QString& objectName);

Q_SIGNALS:
    void actionRequested();

private:
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_action;
};

} // namespace wabadesk::ui
