#pragma once

#include <QString>

namespace wabadesk::ui::theme {

enum class SystemAppearance { Unknown, Light, Dark };

// What the desktop asks of applications, as far as it can be known without a window:
// - Qt 6.5 and later: QStyleHints::colorScheme() (Windows, macOS, and Linux desktops whose platform theme reports it);
// - Linux, when that is unknown (and on Qt 6.4, which has no colorScheme()): the XDG desktop portal's
//   org.freedesktop.appearance color-scheme (GNOME 42+, KDE Plasma 5.24+, and others that run a portal), read once
//   with a short timeout; then the GTK_THEME variable (":dark" or a name ending in "-dark", e.g. Adwaita:dark).
// Unknown when none of them says anything; the caller then keeps the platform's palette.
SystemAppearance systemAppearance();

// The pieces of the above that need no desktop (for tests): the portal's color-scheme value, a GTK theme name.
SystemAppearance appearanceFromPortalValue(uint value);
SystemAppearance appearanceFromGtkTheme(const QString& theme);

} // namespace wabadesk::ui::theme
