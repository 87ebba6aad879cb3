#pragma once

#include <QCoreApplication>
#include <QString>

namespace wabadesk {
struct Conversation;
struct StoredMessage;
} // namespace wabadesk

namespace wabadesk::ui {

// Who wrote a message and one line that stands for it, for the reply bar: the text, the caption, or a label
// such as "Photo" or "Location: Main Store". Plain text, never markup.
struct MessageQuote {
    Q_DECLARE_TR_FUNCTIONS(wabadesk::ui::MessageQuote)
public:
    QString author;
    QString text;

    static MessageQuote of(const StoredMessage& message, const Conversation& conversation);
};

} // namespace wabadesk::ui
