#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

namespace wabadesk::ui::theme {

enum class Scheme { System, Light, Dark };

// The look: Light or Dark select the Fusion style with our light or dark palette. System follows the desktop's
// appearance: the platform's style and palette when they match it, Fusion with the dark palette when the desktop
// asks for dark and Qt's platform palette is light (see SystemScheme.h for how the appearance is read); on Qt 6.5+ a
// change while running is followed too. The user chooses in Preferences (Preferences::theme); WABADESK_THEME=
// light|dark overrides that choice at start (for screenshots and testing both looks).
Scheme schemeFromEnvironment(); // System when WABADESK_THEME is unset or says something else
// Applies `scheme` to the running application; calling it again switches live (every widget gets the new style and
// palette). The platform's own style is remembered on the first call, so that System can go back to it.
void apply(QApplication& app, Scheme scheme);
// What apply() set last (System before the first call).
Scheme appliedScheme(const QApplication& app);
// "system", "light", "dark" (for QSettings) and back; anything else reads as System.
QString schemeName(Scheme scheme);
Scheme schemeFromName(const QString& name);

bool isDark(const QPalette& palette);
// a*(1-t) + b*t, per channel.
QColor mix(const QColor& a, const QColor& b, qreal t);

// Semantic colours the palette has no role for, chosen to stay readable on the palette's own background.
QColor negativeText(const QPalette& palette);
QColor positiveText(const QPalette& palette);
// A soft background for an error banner: the negative colour faded into the base colour.
QColor negativeBackground(const QPalette& palette);
// A warning (amber) for notices that are not errors, e.g. a legacy On-Premise channel.
QColor warningText(const QPalette& palette);
QColor warningBackground(const QPalette& palette);
// A quiet background for explanations: the highlight colour faded into the base colour.
QColor noticeBackground(const QPalette& palette);

} // namespace wabadesk::ui::theme
