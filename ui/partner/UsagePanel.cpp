#include "partner/UsagePanel.h"

#include "common/BusyIndicator.h"
#include "partner/UsageChart.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <numeric>

namespace wabadesk::ui {

UsagePanel::UsagePanel(QWidget* parent)
    : QWidget(parent)
    , m_day(new QToolButton(this))
    , m_month(new QToolButton(this))
    , m_balance(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_note(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_chart(new UsageChart(this))
    , m_legend(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("partnerUsagePanel"));
    auto* title = new QLabel(tr("Balance and usage"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    // A segmented Day | Month switch.
    auto* group = new QButtonGroup(this);
    for (auto [button, text, name, tip] :
         {std::tuple{m_day, tr("Day"), "partnerUsageDay", tr("Usage per day, last 30 days")},
          std::tuple{m_month, tr("Month"), "partnerUsageMonth", tr("Usage per month, last 12 months")}}) {
        button->setText(text);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        group->addButton(button);
    }
    m_month->setChecked(true);
    connect(group, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        const auto g = button == m_day ? partner::Granularity::Day : partner::Granularity::Month;
        if (g == m_granularity)
            return;
        m_granularity = g;
        Q_EMIT granularityChanged(g);
    });

    m_balance->setObjectName(QStringLiteral("partnerBalanceLabel"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_balance->setFont(big);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setObjectName(QStringLiteral("partnerUsageTotals"));
    m_totals->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("partnerUsageNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setObjectName(QStringLiteral("partnerUsageBusy"));
    m_busy->setText(tr("Loading usage…"));
    m_legend->setObjectName(QStringLiteral("partnerUsageLegend"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setText(tr("Figures are 360dialog's estimates; the month's invoice is final."));
    m_legend->setWordWrap(true);

    // The switch as one segmented control; the chosen half in the selection colour, on light and dark alike.
    auto* segmented = new QWidget(this);
    segmented->setObjectName(QStringLiteral("partnerUsageSwitch"));
    auto* segments = new QHBoxLayout(segmented);
    segments->setContentsMargins(0, 0, 0, 0);
    segments->setSpacing(0);
    segments->addWidget(m_day);
    segments->addWidget(m_month);
    segmented->setStyleSheet(QStringLiteral(
        "QToolButton { padding: 3px 14px; border: 1px solid palette(mid); background: palette(button); }"
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border-color: palette(highlight); }"
        "QToolButton#partnerUsageDay { border-top-left-radius: 4px; border-bottom-left-radius: 4px;"
        " border-right: none; }"
        "QToolButton#partnerUsageMonth { border-top-right-radius: 4px; border-bottom-right-radius: 4px; }"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_busy);
    header->addSpacing(8);
    header->addWidget(segmented);

    auto* figures = new QHBoxLayout;
    figures->addWidget(m_balance);
    figures->addSpacing(16);
    figures->addWidget(m_totals, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(figures);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_legend);
    layout->addStretch(0);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &UsagePanel::tick);
    clear();
}

void UsagePanel::setGranularity(partner::Granularity granularity)
{
    m_granularity = granularity;
    (granularity == partner::Granularity::Day ? m_day : m_month)->setChecked(true);
}

void UsagePanel::clear()
{
    m_countdown->stop();
    m_busy->stop();
    m_balance->clear();
    m_totals->clear();
    m_note->clear();
    m_note->setVisible(false);
    m_chart->setUsage({}, m_granularity, {});
}

void UsagePanel::showLoading()
{
    m_countdown->stop();
    m_note->setVisible(false);
    m_busy->setText(tr("Loading usage…"));
    m_busy->start();
}

void UsagePanel::showBalance(const partner::ClientBalance& b)
{
    m_countdown->stop();
    m_busy->stop();
    m_note->setVisible(false);
    const QLocale locale;
    const QString currency = b.currency.toUpper();
    //: An amount and its currency code, e.g. "36.10 EUR".
    const auto money = [&](double value) {
        return tr("%1 %2").arg(locale.toString(value, 'f', 2), currency);
    };
    m_balance->setText(b.hasBalance ? money(b.balance) : tr("No balance"));
    m_balance->setToolTip(b.hasBalance ? tr("The client's prepaid balance at 360dialog")
                                       : tr("Only clients who pay 360dialog directly have a balance."));
    const QString period =
        m_granularity == partner::Granularity::Day ? tr("in the last 30 days") : tr("in the last 12 months");
    m_totals->setText(tr("%1 conversations %2 · %3 paid · cost %4")
                          .arg(locale.toString(b.totalQuantity()), period,
                               locale.toString(std::accumulate(
                                   b.usage.cbegin(), b.usage.cend(), qint64(0),
                                   [](qint64 sum, const partner::UsagePeriod& p) { return sum + p.paidQuantity; })),
                               money(b.totalCost())));
    m_chart->setUsage(b.usage, m_granularity, currency);
}

void UsagePanel::showWaiting(int seconds)
{
    m_waitLeft = seconds;
    m_busy->setText(tr("Waiting…"));
    m_busy->start();
    tick();
    m_countdown->start();
}

void UsagePanel::tick()
{
    if (m_waitLeft <= 0) {
        m_countdown->stop();
        return;
    }
    m_note->setText(tr("360dialog allows 5 balance requests per client in 30 seconds; this one goes out in %n "
                       "second(s).",
                       nullptr, m_waitLeft));
    m_note->setVisible(true);
    --m_waitLeft;
}

void UsagePanel::showProblem(const QString& text)
{
    m_countdown->stop();
    m_busy->stop();
    m_note->setText(text);
    m_note->setVisible(true);
}

QString UsagePanel::balanceText() const
{
    return m_balance->text();
}

} // namespace wabadesk::ui
