#pragma once

#include <QFont>
#include <QIcon>
#include <QString>

namespace wabadesk::ui {

// `base` with a colour emoji font first (Noto Color Emoji, Apple Color Emoji, Segoe UI Emoji, then `base`'s own
// family): Qt 6.4 takes the first font that has a glyph, and text fonts such as DejaVu carry monochrome outlines of
// many emoji (❤, ☺). For text that is only emoji: reaction pills, emoji buttons, the picker.
QFont emojiFont(const QFont& base);

// One emoji drawn into a square icon of `side` pixels (and twice that, for high-density screens), for buttons that
// show only an emoji: as text, the colour emoji font's reported advance is far wider than what it paints, so a
// button sized to it would be too wide or, fixed to a square, report its text as cut.
QIcon emojiIcon(const QString& emoji, int side);

} // namespace wabadesk::ui
