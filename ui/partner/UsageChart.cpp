#include "partner/UsageChart.h"

#include "theme/Theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace wabadesk::ui {

namespace {
// A round axis maximum at or above `value`: 1, 2 or 5 times a power of ten.
qint64 niceCeiling(qint64 value)
{
    if (value <= 0)
        return 1;
    qint64 step = 1;
    while (step * 10 <= value)
        step *= 10;
    for (const qint64 f : {1, 2, 5, 10})
        if (f * step >= value)
            return f * step;
    return 10 * step;
}
} // namespace

UsageChart::UsageChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("partnerUsageChart"));
    setAccessibleName(tr("Usage chart"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Taller bars say nothing more; spare height stays below the chart.
    setMaximumHeight(fontMetrics().height() * 26);
}

void UsageChart::setUsage(const QList<partner::UsagePeriod>& usage, partner::Granularity granularity,
                          const QString& currency)
{
    m_usage = usage;
    m_granularity = granularity;
    m_currency = currency.toUpper();
    qint64 total = 0;
    for (const auto& p : usage)
        total += p.quantity;
    setAccessibleDescription(
        tr("%n period(s), %1 conversations in all", nullptr, int(usage.size())).arg(QLocale().toString(total)));
    update();
}

QSize UsageChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 12};
}

QSize UsageChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 6};
}

QRect UsageChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(QStringLiteral("000,000")) + 8;
    return rect().adjusted(left, fm.height() + 6, -4, -(fm.height() + 6)); // legend above, dates below
}

QString UsageChart::periodText(const QDate& date, bool longForm) const
{
    const QLocale locale;
    if (m_granularity == partner::Granularity::Month)
        return longForm ? locale.toString(date, QStringLiteral("MMMM yyyy"))
                        : locale.toString(date, QStringLiteral("MMM"));
    return longForm ? locale.toString(date, QLocale::LongFormat) : locale.toString(date, QStringLiteral("d MMM"));
}

int UsageChart::barAt(const QPoint& pos) const
{
    const QRect plot = plotRect();
    if (m_usage.isEmpty() || !plot.contains(pos))
        return -1;
    const double slot = double(plot.width()) / m_usage.size();
    return std::clamp(int((pos.x() - plot.left()) / slot), 0, int(m_usage.size()) - 1);
}

void UsageChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& p = palette();
    const QRect plot = plotRect();
    const QFontMetrics fm = fontMetrics();
    const QColor quiet = p.color(QPalette::PlaceholderText);
    const QColor paid = p.color(QPalette::Highlight);
    const QColor free = theme::mix(p.color(QPalette::Base), paid, theme::isDark(p) ? 0.5 : 0.38);
    const QLocale locale;

    if (m_usage.isEmpty()) {
        painter.setPen(quiet);
        painter.drawText(rect(), Qt::AlignCenter, tr("No usage in this period"));
        return;
    }
    qint64 largest = 0;
    for (const auto& u : m_usage)
        largest = std::max(largest, u.quantity);
    const qint64 top = niceCeiling(largest);

    // Axis: the top value and zero, with faint grid lines.
    painter.setPen(QPen(theme::mix(p.color(QPalette::Base), quiet, 0.35), 1));
    for (int i = 0; i <= 2; ++i) {
        const int y = plot.bottom() - plot.height() * i / 2;
        painter.drawLine(plot.left(), y, plot.right(), y);
    }
    painter.setPen(quiet);
    for (int i = 0; i <= 2; ++i) {
        const int y = plot.bottom() - plot.height() * i / 2;
        const QString label = locale.toString(top * i / 2);
        painter.drawText(QRect(0, y - fm.height() / 2, plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         label);
    }

    const double slot = double(plot.width()) / m_usage.size();
    const double barWidth = std::max(1.0, slot * (m_usage.size() > 20 ? 0.7 : 0.6));
    // Date labels: as many as fit without touching.
    const int labelWidth = fm.horizontalAdvance(periodText(QDate(2026, 12, 28), false)) + 12;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    for (int i = 0; i < m_usage.size(); ++i) {
        const partner::UsagePeriod& u = m_usage.at(i);
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        const double paidHeight = plot.height() * double(u.paidQuantity) / top;
        const double freeHeight = plot.height() * double(std::max<qint64>(0, u.quantity - u.paidQuantity)) / top;
        painter.setPen(Qt::NoPen);
        painter.setBrush(free);
        painter.drawRect(QRectF(x, plot.bottom() - paidHeight - freeHeight, barWidth, freeHeight));
        painter.setBrush(paid);
        painter.drawRect(QRectF(x, plot.bottom() - paidHeight, barWidth, paidHeight));
        if ((m_usage.size() - 1 - i) % every == 0) { // the last period always has its label
            painter.setPen(quiet);
            const QRectF label(plot.left() + slot * i + slot / 2 - labelWidth / 2.0, plot.bottom() + 4, labelWidth,
                               fm.height());
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop, periodText(u.date, false));
        }
    }

    // The legend, top right, above the grid.
    const int swatch = fm.height() * 2 / 3;
    int x = plot.right();
    for (const auto& [colour, text] : {std::pair{free, tr("Free")}, std::pair{paid, tr("Paid")}}) {
        const int textWidth = fm.horizontalAdvance(text);
        x -= textWidth;
        painter.setPen(quiet);
        painter.drawText(QRect(x, 0, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x -= swatch + 4;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(x, (fm.height() - swatch) / 2.0, swatch, swatch), 2, 2);
        x -= 14;
    }
}

bool UsageChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int bar = barAt(help->pos());
        if (bar < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const partner::UsagePeriod& u = m_usage.at(bar);
        const QLocale locale;
        QToolTip::showText(help->globalPos(),
                           tr("%1\n%2 conversations: %3 free, %4 paid\n%5 business-initiated, %6 user-initiated\n"
                              "Cost: %7")
                               .arg(periodText(u.date, true), locale.toString(u.quantity),
                                    locale.toString(u.freeQuantity), locale.toString(u.paidQuantity),
                                    locale.toString(u.businessInitiated), locale.toString(u.userInitiated),
                                    QStringLiteral("%1 %2").arg(locale.toString(u.cost, 'f', 2), m_currency)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace wabadesk::ui
