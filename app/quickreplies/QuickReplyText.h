#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace wabadesk::quickreplies {

// What a quick reply's placeholders stand for when it goes into the composer.
struct QuickReplyVariables {
    QString name;  // {name}: the customer's profile name ("" when WhatsApp gave none)
    QString agent; // {agent}: the agent's name (Preferences, else the OS user's full name)
};

// The placeholders a quick reply may use, as written in its text.
inline constexpr const char* kNamePlaceholder = "{name}";
inline constexpr const char* kFirstNamePlaceholder = "{first_name}";
inline constexpr const char* kAgentPlaceholder = "{agent}";

// `text` with {name}, {first_name} (the name's first word) and {agent} filled in. A value that is not known leaves its
// placeholder where it is, for the agent to fill in (placeholderRanges finds them); other braces are left alone.
QString expand(const QString& text, const QuickReplyVariables& variables);
// Where placeholders are left in `text`: (start, length) in UTF-16 units, in order.
QList<std::pair<int, int>> placeholderRanges(const QString& text);

} // namespace wabadesk::quickreplies
