#pragma once

#include "partner/PartnerTypes.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace wabadesk::ui {

class BusyIndicator;
class UsageChart;

// "Balance & usage" of one client: the balance, the totals and the chart, per day (last 30 days) or per month (last
// 12). The console fetches; the panel shows what it is given, and a countdown while 360dialog's limit (5 balance
// requests per client in 30 s) holds the next request back.
class UsagePanel : public QWidget {
    Q_OBJECT
public:
    explicit UsagePanel(QWidget* parent = nullptr);

    partner::Granularity granularity() const { return m_granularity; }
    void setGranularity(partner::Granularity granularity);

    void showLoading();
    void showBalance(const partner::ClientBalance& balance);
    void showWaiting(int seconds); // counts down by itself
    void showProblem(const QString& text);
    void clear();

    QString balanceText() const;
    UsageChart* chart() const { return m_chart; }

Q_SIGNALS:
    void granularityChanged(wabadesk::partner::Granularity granularity);

private:
    void tick();

    partner::Granularity m_granularity = partner::Granularity::Month;
    QToolButton* m_day;
    QToolButton* m_month;
    QLabel* m_balance;
    QLabel* m_totals;
    QLabel* m_note;
    BusyIndicator* m_busy;
    UsageChart* m_chart;
    QLabel* m_legend;
    QTimer* m_countdown;
    int m_waitLeft = 0;
};

} // namespace wabadesk::ui
