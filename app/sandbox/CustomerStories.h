#pragma once

#include <QList>
#include <QString>

namespace wabadesk::sandbox {

// One thing a scripted customer sends. What it refers to (the agent's last message, their own first text) is
// filled in when it is sent.
struct Say {
    enum class Kind {
        Text,
        QuoteAgent,  // `text`, quoting the agent's last message that reached them
        ReactAgent,  // `text` is the emoji, on the agent's last message that reached them
        EditOpening, // `text` replaces their own first text message (an edit, §6.3)
        Image,       // `text`: caption
        Video,       // `text`: caption
        Voice,       // a voice note (OGG Opus)
        Document,    // `text`: file name (a PDF)
        Sticker,
        Location,    // `text`: place name, `detail`: address, with coordinates
        Contact,     // `text`: formatted name, `detail`: phone number (digits: its wa_id)
        Order,       // `text`: what they wrote with it
        Unsupported, // `text`: the type WhatsApp did not pass on, e.g. "poll"
    };
    Kind kind = Kind::Text;
    QString text;
    QString detail;
    double latitude = 0;
    double longitude = 0;
};

// What one customer of the demo writes (REFERENCE.md §6.3 for every type): a conversation that makes sense.
// - history: sent before the demo began, the last of it `lastWroteAgo` ago (seedCast), so the desk shows their window
//   as it is; a greeting is only ever here, once.
// - live: unprompted, in the demo's first minute (a voice note, an edit of their own first text, …); nothing that
//   answers or thanks anyone.
// - answers: one group per message of the agent's that reached them, in order, each a short human delay after it
//   was read; several quick messages of the agent's get one answer. When the groups run out they stay quiet.
// - afterFailure: once, a while after a message of the agent's did not reach them (they got nothing).
// Whatever the story says, a tap answers reply buttons, a list or a template's quick-reply button.
struct Story {
    QString waId;
    QList<Say> history;
    QList<Say> live;
    QList<QList<Say>> answers;
    QList<Say> afterFailure;
};

QList<Story> customerStories();

} // namespace wabadesk::sandbox
