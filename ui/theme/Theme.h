#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

namespace wabadesk::ui::theme {

enum class Scheme { System, Light, Dark };

// WABADESK_THEME=light|dark selects the Fusion style with a light or dark palette (for screenshots and testing
// both looks). Otherwise (System) the desktop's appearance is followed: the platform's style and palette when they
// match it, Fusion with the dark palette when the desktop asks for dark and Qt's platform palette is light (see
// SystemScheme.h for how the appearance is read); on Qt 6.5+ a change while running is followed too.
Scheme schemeFromEnvironment();
void apply(QApplication& app, Scheme scheme);

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
