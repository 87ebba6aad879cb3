#pragma once

#include <QColor>
#include <QIcon>

namespace wabadesk::ui {

// A filled circle in the channel's colour, with a thin darker rim so that light colours stay visible.
QIcon channelIcon(const QColor& colour, int size = 16);

} // namespace wabadesk::ui
