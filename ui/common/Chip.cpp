#include "common/Chip.h"

#include "theme/Theme.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace wabadesk::ui {

namespace {
constexpr int kPaddingX = 8;
constexpr int kPaddingY = 2;
} // namespace

QColor chip::foreground(ChipTone tone, const QPalette& palette)
{
    switch (tone) {
    case ChipTone::Positive:
        return theme::positiveText(palette);
    case ChipTone::Warning:
        return theme::warningText(palette);
    case ChipTone::Negative:
        return theme::negativeText(palette);
    case ChipTone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor chip::background(ChipTone tone, const QPalette& palette)
{
    // Faded into the base colour: the text keeps its contrast on light and on dark palettes.
    const qreal strength = theme::isDark(palette) ? 0.22 : 0.14;
    if (tone == ChipTone::Neutral)
        return theme::mix(palette.color(QPalette::Base), palette.color(QPalette::WindowText), strength * 0.6);
    return theme::mix(palette.color(QPalette::Base), foreground(tone, palette), strength);
}

QSize chip::sizeFor(const QFontMetrics& metrics, const QString& text)
{
    return {metrics.horizontalAdvance(text) + 2 * kPaddingX, metrics.height() + 2 * kPaddingY};
}

void chip::paint(QPainter* painter, const QRect& rect, const QString& text, ChipTone tone, const QPalette& palette)
{
    if (text.isEmpty())
        return;
    const QFontMetrics metrics = painter->fontMetrics();
    const QSize full = sizeFor(metrics, text);
    const QSize size = full.boundedTo(rect.size());
    const QRect box(rect.left(), rect.top() + (rect.height() - size.height()) / 2, size.width(), size.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background(tone, palette));
    const qreal radius = box.height() / 2.0;
    painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(foreground(tone, palette));
    // Elided only when the chip had to shrink (elidedText measures a little wider than horizontalAdvance).
    const QRect textRect = box.adjusted(kPaddingX, 0, -kPaddingX, 0);
    const QString shown =
        size.width() < full.width() ? metrics.elidedText(text, Qt::ElideRight, textRect.width()) : text;
    painter->drawText(textRect.adjusted(-kPaddingX, 0, kPaddingX, 0), Qt::AlignCenter, shown);
    painter->restore();
}

ChipLabel::ChipLabel(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ChipLabel::setChip(const QString& text, ChipTone tone)
{
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize ChipLabel::sizeHint() const
{
    return chip::sizeFor(fontMetrics(), m_text);
}

QSize ChipLabel::minimumSizeHint() const
{
    return sizeHint();
}

void ChipLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    chip::paint(&painter, rect(), m_text, m_tone, palette());
}

} // namespace wabadesk::ui
