#include "common/ElidedLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStringList>

namespace wabadesk::ui {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text)
{
    if (text == m_fullText && !text.isEmpty())
        return;
    m_fullText = text;
    updateElided();
    updateGeometry();
}

void ElidedLabel::setDetailToolTip(const QString& toolTip)
{
    m_ownToolTip = toolTip;
    updateElided();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize hint = QLabel::minimumSizeHint();
    return {fontMetrics().horizontalAdvance(QStringLiteral("…")) * 3, hint.height()};
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_fullText) + contentsMargins().left() + contentsMargins().right() + 2,
            QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateElided();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateElided();
}

void ElidedLabel::updateElided()
{
    const int room = contentsRect().width();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(room, 0));
    QLabel::setText(shown);
    QStringList tip;
    if (shown != m_fullText)
        tip.append(m_fullText);
    if (!m_ownToolTip.isEmpty())
        tip.append(m_ownToolTip);
    setToolTip(tip.join(QLatin1Char('\n')));
}

} // namespace wabadesk::ui
