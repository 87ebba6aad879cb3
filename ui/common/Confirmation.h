#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace wabadesk::ui {

// A question with an accept and a reject button and an optional check box, asked without a nested event loop
// (window-modal, the answer arrives in a callback). Tests answer it with setNextAnswer() instead of clicking a
// message box (KeePassXC's MessageBox::setNextAnswer, made asynchronous).
class Confirmation {
    Q_DECLARE_TR_FUNCTIONS(wabadesk::ui::Confirmation)
public:
    struct Request {
        QString objectName; // of the message box; tests read lastRequest() instead
        QString title;
        QString text;            // the question, one sentence
        QString informativeText; // what happens either way, in plain words
        QString acceptText;      // e.g. "Remove Channel"
        QString rejectText;      // empty: "Cancel"
        QString checkBoxText;    // empty: no check box
        bool checkBoxChecked = false;
        bool isDestructive = false; // a warning icon, and the reject button is the default
    };
    struct Answer {
        bool accepted = false;
        bool checkBoxChecked = false;
    };
    using Done = std::function<void(const Answer&)>;

    // Shows the question; `done` runs once with the answer (not when `context` was destroyed first).
    static void ask(QWidget* parent, const Request& request, QObject* context, Done done);

    // Tests: the next ask() does not show anything and answers this (in the next turn of the event loop).
    static void setNextAnswer(const Answer& answer);
    // Tests: the last request asked, answered or shown.
    static std::optional<Request> lastRequest();
    static void resetForTests();
};

} // namespace wabadesk::ui
