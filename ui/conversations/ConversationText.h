#pragma once

#include "model/Conversation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace wabadesk::ui {

// What the conversation list and the search results say about a conversation, as plain one-line text (painted as
// text, never as rich text: customer text can contain markup, and it is shown literally).
class ConversationText {
    Q_DECLARE_TR_FUNCTIONS(ConversationText)
public:
    // "Photo", "Photo: the caption", "Document: invoice.pdf", the text itself…; newlines and runs of spaces become
    // one space.
    static QString preview(const QString& type, const QString& text);
    // The type as a word, "" for text (and for types that need no label).
    static QString typeLabel(const QString& type);
    // Today: the time ("14:05" by the locale, without seconds); yesterday: "Yesterday"; the last 6 days: the weekday;
    // else the short date. Invalid: "".
    static QString activityTime(const QDateTime& at, const QDateTime& now, const QLocale& locale = QLocale());
    // The 24-h window as a chip: "23 h left", "45 min left", "Closed" (§8.4).
    static QString windowChip(const Conversation& conversation, const QDateTime& now);
    static QString windowToolTip(const Conversation& conversation, const QDateTime& now,
                                 const QLocale& locale = QLocale());
    // Who the customer is besides their name (issue #16): "@dana.levi · +972 50-123-4567", "@dana.levi · no phone
    // number" for a username-only customer, the number alone, or for a group "Group". Parts equal to `shownName`
    // are left out.
    static QString identity(const Conversation& conversation, const QString& shownName);
    // One line of text: whitespace runs (incl. newlines) become one space, trimmed.
    static QString oneLine(const QString& text);
    // For matching what an agent types: lower-case, diacritics removed ("Zoë" → "zoe"), whitespace collapsed.
    static QString fold(const QString& text);
};

} // namespace wabadesk::ui
