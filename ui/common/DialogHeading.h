#pragma once

#include <QLabel>

namespace wabadesk::ui {

// The bold, larger first line of a dialog or a set-up page ("Replace the API key of …").
inline QLabel* dialogHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    return heading;
}

} // namespace wabadesk::ui
