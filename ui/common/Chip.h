#pragma once

#include <QColor>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QWidget>

class QFontMetrics;
class QPainter;

namespace wabadesk::ui {

// How a state reads at a glance: good (approved, green quality), needs a look (pending, paused, yellow), bad
// (rejected, disabled, red) or plain (unknown). Colours from the theme's semantic colours, readable on light and dark.
enum class ChipTone { Neutral, Positive, Warning, Negative };

// A small rounded label with a tinted background: a template's status and quality in the library, their details.
namespace chip {
QColor foreground(ChipTone tone, const QPalette& palette);
QColor background(ChipTone tone, const QPalette& palette);
QSize sizeFor(const QFontMetrics& metrics, const QString& text);
// Paints the chip at the left of `rect`, vertically centred, elided when `rect` is narrower than the chip.
void paint(QPainter* painter, const QRect& rect, const QString& text, ChipTone tone, const QPalette& palette);
} // namespace chip

class ChipLabel : public QWidget {
    Q_OBJECT
public:
    explicit ChipLabel(QWidget* parent = nullptr);

    void setChip(const QString& text, ChipTone tone);
    QString text() const { return m_text; }
    ChipTone tone() const { return m_tone; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    ChipTone m_tone = ChipTone::Neutral;
};

} // namespace wabadesk::ui
