#pragma once

#include <QDateTime>
#include <QString>

namespace wabadesk {

// A saved reply (the WhatsApp Business app's "quick replies"): the agent types "/" + shortcut in the composer and
// the text goes in, with {name}, {first_name} and {agent} filled in (quickreplies/QuickReplyText.h). Store table
// quick_replies (migration 6); one library for the whole desk, in the order the agents keep it.
struct QuickReply {
    qint64 id = 0;    // 0: not stored yet
    QString shortcut; // without the leading "/": "thanks"
    QString text;
    int position = 0; // the library's order (smallest first)
    QDateTime updatedAt;

    bool operator==(const QuickReply&) const = default;
};

} // namespace wabadesk
