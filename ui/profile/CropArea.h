#pragma once

#include <QImage>
#include <QRect>
#include <QWidget>

namespace wabadesk::ui {

// An image with a square selection over it: drag inside the square to move it, the wheel (or setSelectionSide) to
// make it larger or smaller; outside the square the image is dimmed. The selection is in image pixels and always
// lies inside the image.
class CropArea : public QWidget {
    Q_OBJECT
public:
    explicit CropArea(QWidget* parent = nullptr);

    void setImage(const QImage& image); // selects the largest centred square
    QImage image() const { return m_image; }
    QRect selection() const { return m_selection; }
    void setSelection(const QRect& selection); // made square and moved inside the image
    int maximumSide() const;
    void setMinimumSide(int side) { m_minimumSide = qMax(1, side); }
    void setSelectionSide(int side); // keeps the centre where it can
    QImage cropped() const { return m_image.copy(m_selection); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QRect& selection);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF imageRect() const; // where the image is drawn, fitted into the widget
    qreal scale() const;      // widget pixels per image pixel

    QImage m_image;
    QRect m_selection;
    int m_minimumSide = 1;
    bool m_dragging = false;
    QPointF m_dragStart;
    QRect m_selectionAtDragStart;
};

} // namespace wabadesk::ui
