#pragma once

#include <QWidget>

namespace wabadesk::ui {

// A widget that floats over its siblings on purpose (a pop-up panel inside the window, a floating button) says so
// with this dynamic property. Widgets in layouts never overlap; the layout test (tests/gui/tst_layout) reports any
// other sibling widgets that do, and leaves these alone.
inline constexpr char kOverlayProperty[] = "wabadeskOverlay";

inline void markAsOverlay(QWidget* widget)
{
    widget->setProperty(kOverlayProperty, true);
}

} // namespace wabadesk::ui
