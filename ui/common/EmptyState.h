#pragma once

#include <QWidget>

class QLabel;

namespace wabadesk::ui {

// A centred, quiet message for an area that has nothing to show yet: a title and a sentence or two.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setText(const QString& text);

private:
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace wabadesk::ui
