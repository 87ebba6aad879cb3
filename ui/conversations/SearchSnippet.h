#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wabadesk::ui {

// The line a search result shows for a message: the message's text as the user sees it (WhatsApp markers removed,
// one line), cut to show some words before the first match and as much after it as fits, with the matches marked.
// Matching is what the store's full-text search does (unicode61, remove_diacritics): every query word matches the
// start of a word, ignoring case and accents ("cafe" finds "Café-Bar").
struct SearchSnippet {
    QString text;                   // with "…" where it was cut
    QList<QPair<int, int>> matches; // (start, length) in `text`, ascending, not overlapping

    // Empty `text` when no word of the query occurs in `plain`.
    static SearchSnippet make(const QString& plain, const QString& query, int contextBefore = 28, int maxLength = 200);
    // The query as the words matched against text.
    static QStringList queryWords(const QString& query);
    // `text` in parts, each flagged whether it is a match, in order.
    QList<QPair<QString, bool>> parts() const;
};

} // namespace wabadesk::ui
