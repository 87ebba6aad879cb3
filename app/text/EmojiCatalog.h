#pragma once

#include <QList>
#include <QString>

namespace wabadesk::text {

// The emoji the composer's and the reactions' picker offer (Qt has no emoji data): about a thousand common ones in
// WhatsApp's categories, each with English words to search by. Static data, UTF-8.
struct EmojiEntry {
    const char* emoji; // UTF-8, with its variation selector where it needs one to show as emoji
    const char* name;  // lower-case words: the Unicode name, plus a few everyday ones ("love", "thanks")
};

struct EmojiCategory {
    const char* id;    // smileys, nature, food, activity, travel, objects, symbols, flags
    const char* title; // QT_TRANSLATE_NOOP("EmojiCatalog", …)
    const char* icon;  // the emoji on the category's tab
    const EmojiEntry* entries;
    int count;
};

const QList<EmojiCategory>& emojiCategories();

} // namespace wabadesk::text
