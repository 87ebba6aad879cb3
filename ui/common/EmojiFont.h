#pragma once

#include <QFont>

namespace wabadesk::ui {

// `base` with a colour emoji font first (Noto Color Emoji, Apple Color Emoji, Segoe UI Emoji, then `base`'s own
// family): Qt 6.4 takes the first font that has a glyph, and text fonts such as DejaVu carry monochrome outlines of
// many emoji (❤, ☺). For text that is only emoji: reaction pills, emoji buttons, the picker.
QFont emojiFont(const QFont& base);

} // namespace wabadesk::ui
