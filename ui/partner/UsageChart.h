#pragma once

#include "partner/PartnerTypes.h"

#include <QWidget>

namespace wabadesk::ui {

// A client's usage per day or month as stacked bars (paid on free), with a few date labels, the largest value on the
// axis and a tooltip per bar. Painted in the palette's highlight colour, so it suits light and dark.
class UsageChart : public QWidget {
    Q_OBJECT
public:
    explicit UsageChart(QWidget* parent = nullptr);

    void setUsage(const QList<partner::UsagePeriod>& usage, partner::Granularity granularity, const QString& currency);
    const QList<partner::UsagePeriod>& usage() const { return m_usage; }
    // The bar under `pos`, or -1.
    int barAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotRect() const;
    QString periodText(const QDate& date, bool longForm) const;

    QList<partner::UsagePeriod> m_usage;
    partner::Granularity m_granularity = partner::Granularity::Month;
    QString m_currency;
};

} // namespace wabadesk::ui
