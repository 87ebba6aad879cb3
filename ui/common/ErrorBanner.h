#pragma once

#include "api/ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace wabadesk::ui {

// Shows one ApiError in plain language: title, explanation, the problems of a validation error, what to do, and a
// "Details" expander with the technical facts (code, HTTP status, fbtrace_id). Hidden until showError().
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const api::ApiError& error);
    // The same with the sentences given, for errors the channel API's words do not fit (the Partner API's).
    void showError(const api::ApiError& error, const QString& title, const QString& explanation, const QString& fix);
    // Hides the banner and forgets the error.
    void clear();
    const api::ApiError& error() const { return m_error; }

    // Offers a button (e.g. "Try again") that emits actionRequested(); empty text hides it.
    void setActionText(const QString& text);

Q_SIGNALS:
    void actionRequested();
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateColours();
    void setDetailsExpanded(bool expanded);

    api::ApiError m_error;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_problems;
    QLabel* m_fix;
    QToolButton* m_detailsToggle;
    QLabel* m_details;
    QPushButton* m_action;
    QToolButton* m_dismiss;
};

} // namespace wabadesk::ui
