#pragma once

#include <QLayout>
#include <QWidget>

namespace wabadesk::ui {

// Makes a window tall enough for its layout at its current width, after something inside appeared (an inline
// error). Wrapped labels need their height for the width, which a top-level window does not follow by itself.
// Never shrinks the window.
inline void growToFit(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width()) : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace wabadesk::ui
