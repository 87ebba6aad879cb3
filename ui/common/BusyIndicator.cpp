#include "common/BusyIndicator.h"

#include <QPainter>
#include <QTimer>

namespace wabadesk::ui {

namespace {
constexpr int kSegments = 12;
constexpr int kFrameMs = 80;
} // namespace

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timer->setInterval(kFrameMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % kSegments;
        update();
    });
    setVisible(false);
}

void BusyIndicator::setText(const QString& text)
{
    m_text = text;
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

void BusyIndicator::start()
{
    m_running = true;
    setVisible(true);
    m_timer->start();
}

void BusyIndicator::stop()
{
    m_running = false;
    m_timer->stop();
    setVisible(false);
}

int BusyIndicator::spinnerSize() const
{
    return fontMetrics().height();
}

QSize BusyIndicator::sizeHint() const
{
    const int s = spinnerSize();
    const int textWidth = m_text.isEmpty() ? 0 : fontMetrics().horizontalAdvance(m_text) + s / 2;
    return {s + textWidth + 2, s + 2};
}

void BusyIndicator::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int s = spinnerSize();
    const QRectF box(1, (height() - s) / 2.0, s, s);
    const QColor colour = palette().color(QPalette::Highlight);
    const qreal outer = s / 2.0;
    const qreal inner = outer * 0.45;
    painter.translate(box.center());
    for (int i = 0; i < kSegments; ++i) {
        QColor c = colour;
        // The segment at m_step is fully opaque; the ones behind it fade out.
        const int age = (m_step - i + kSegments) % kSegments;
        c.setAlphaF(1.0 - 0.8 * age / double(kSegments));
        painter.setPen(QPen(c, qMax(1.5, s / 9.0), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(0, -inner), QPointF(0, -outer + 1));
        painter.rotate(360.0 / kSegments);
    }
    painter.resetTransform();
    if (!m_text.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(s + s / 2 + 1, 0, width() - s - s / 2 - 1, height()), Qt::AlignVCenter | Qt::AlignLeft,
                         m_text);
    }
}

void BusyIndicator::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_running)
        m_timer->start();
}

void BusyIndicator::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace wabadesk::ui
