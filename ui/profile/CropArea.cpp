#include "profile/CropArea.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

namespace wabadesk::ui {

CropArea::CropArea(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cropArea"));
    setAccessibleName(tr("Photo crop area"));
    setAccessibleDescription(tr("Drag to move the square; the mouse wheel or + and − change its size; the arrow keys "
                                "move it."));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
}

void CropArea::setImage(const QImage& image)
{
    m_image = image;
    const int side = maximumSide();
    setSelection(QRect((image.width() - side) / 2, (image.height() - side) / 2, side, side));
    update();
}

int CropArea::maximumSide() const
{
    return qMin(m_image.width(), m_image.height());
}

void CropArea::setSelection(const QRect& selection)
{
    const int largest = qMax(1, maximumSide());
    const int side = qBound(qMin(m_minimumSide, largest), qMin(selection.width(), selection.height()), largest);
    const int x = qBound(0, selection.x(), qMax(0, m_image.width() - side));
    const int y = qBound(0, selection.y(), qMax(0, m_image.height() - side));
    const QRect next(x, y, side, side);
    if (next == m_selection)
        return;
    m_selection = next;
    update();
    Q_EMIT selectionChanged(m_selection);
}

void CropArea::setSelectionSide(int side)
{
    const QPoint centre = m_selection.center();
    setSelection(QRect(centre.x() - side / 2, centre.y() - side / 2, side, side));
}

QSize CropArea::sizeHint() const
{
    return {480, 400};
}

QSize CropArea::minimumSizeHint() const
{
    return {200, 200};
}

QRectF CropArea::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return {(width() - fitted.width()) / 2, (height() - fitted.height()) / 2, fitted.width(), fitted.height()};
}

qreal CropArea::scale() const
{
    return m_image.isNull() ? 1.0 : imageRect().width() / m_image.width();
}

void CropArea::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF target = imageRect();
    p.drawImage(target, m_image);
    const qreal s = scale();
    const QRectF square(target.x() + m_selection.x() * s, target.y() + m_selection.y() * s, m_selection.width() * s,
                        m_selection.height() * s);
    // Dim everything but the circle WhatsApp will show; outline the square that is kept.
    QPainterPath dim;
    dim.addRect(target);
    QPainterPath circle;
    circle.addEllipse(square);
    p.fillPath(dim.subtracted(circle), QColor(0, 0, 0, 140));
    p.setPen(QPen(QColor(255, 255, 255, 220), 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(square);
    p.setPen(QPen(QColor(255, 255, 255, 160), 1, Qt::DashLine));
    p.drawEllipse(square);
}

void CropArea::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragStart = event->position();
    m_selectionAtDragStart = m_selection;
    setCursor(Qt::ClosedHandCursor);
}

void CropArea::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    const QPointF delta = (event->position() - m_dragStart) / scale();
    setSelection(m_selectionAtDragStart.translated(qRound(delta.x()), qRound(delta.y())));
}

void CropArea::mouseReleaseEvent(QMouseEvent*)
{
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
}

void CropArea::wheelEvent(QWheelEvent* event)
{
    // One notch (120) makes the square 5 % smaller (zooms in) or larger.
    const qreal notches = event->angleDelta().y() / 120.0;
    setSelectionSide(qRound(m_selection.width() * std::pow(0.95, notches)));
    event->accept();
}

void CropArea::keyPressEvent(QKeyEvent* event)
{
    const int step = qMax(1, maximumSide() / 50);
    switch (event->key()) {
    case Qt::Key_Left:
        setSelection(m_selection.translated(-step, 0));
        break;
    case Qt::Key_Right:
        setSelection(m_selection.translated(step, 0));
        break;
    case Qt::Key_Up:
        setSelection(m_selection.translated(0, -step));
        break;
    case Qt::Key_Down:
        setSelection(m_selection.translated(0, step));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setSelectionSide(m_selection.width() - 2 * step); // zoom in
        break;
    case Qt::Key_Minus:
        setSelectionSide(m_selection.width() + 2 * step);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace wabadesk::ui
