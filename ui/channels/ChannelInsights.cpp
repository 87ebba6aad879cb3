#include "channels/ChannelInsights.h"

#include "channels/ChannelService.h"
#include "channels/HealthMonitor.h"
#include "channels/PricingReportDialog.h"
#include "theme/Theme.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace wabadesk::ui {

ChannelInsights::ChannelInsights(channels::ChannelService* service, store::Store* store, QWidget* window)
    : QObject(window)
    , m_service(service)
    , m_store(store)
    , m_window(window)
    , m_monitor(new channels::HealthMonitor(service->clientProvider(), this))
    , m_health(new QAction(tr("Messaging &Health…"), this))
    , m_report(new QAction(tr("&Pricing Report…"), this))
    , m_mmLite(new QAction(tr("Send Marketing Templates through &MM Lite"), this))
    , m_label(new QLabel(window))
{
    m_health->setObjectName(QStringLiteral("actionMessagingHealth"));
    m_health->setToolTip(tr("Whether this number can send messages now, and why not (360dialog's health status)"));
    m_report->setObjectName(QStringLiteral("actionPricingReport"));
    m_report->setToolTip(tr("This month's charged messages per pricing category, with CSV export"));
    m_report->setEnabled(store != nullptr);
    m_mmLite->setObjectName(QStringLiteral("actionMarketingLite"));
    m_mmLite->setCheckable(true);
    m_mmLite->setToolTip(tr("Marketing templates go through Marketing Messages Lite (/marketing_messages); the "
                            "number must have accepted its terms in the 360dialog Hub"));
    m_label->setObjectName(QStringLiteral("messagingHealth"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setContentsMargins(8, 0, 8, 0);
    connect(m_label, &QLabel::linkActivated, this, &ChannelInsights::showHealth);
    connect(m_health, &QAction::triggered, this, &ChannelInsights::showHealth);
    connect(m_report, &QAction::triggered, this, &ChannelInsights::showReport);
    connect(m_mmLite, &QAction::toggled, this, [this](bool on) {
        if (!m_current.isEmpty())
            m_service->setMarketingMessagesLite(m_current, on);
    });
    connect(m_monitor, &channels::HealthMonitor::healthChanged, this, [this](const QString& channelId) {
        if (channelId == m_current)
            updateLabel();
    });
    setCurrentChannel(QString());
}

ChannelInsights::~ChannelInsights() = default;

void ChannelInsights::setChannels(const QStringList& channelIds)
{
    m_monitor->setChannels(channelIds);
}

void ChannelInsights::setCurrentChannel(const QString& channelId)
{
    const std::optional<Channel> channel = m_service->channel(channelId);
    m_current = channel ? channelId : QString();
    m_health->setEnabled(channel.has_value());
    m_report->setEnabled(channel.has_value() && m_store);
    m_mmLite->setEnabled(channel.has_value());
    const QSignalBlocker block(m_mmLite);
    m_mmLite->setChecked(channel && channel->marketingMessagesLite);
    updateLabel();
}

QString ChannelInsights::statusText(const QString& channelId) const
{
    const std::optional<HealthStatus> h = m_monitor->status(channelId);
    if (!h)
        return m_monitor->lastError(channelId).isEmpty() ? tr("Messaging: checking…") : tr("Messaging: unknown");
    switch (h->level()) {
    case HealthStatus::Level::Available:
        return tr("Messaging: available");
    case HealthStatus::Level::Limited:
        return tr("Messaging: limited");
    case HealthStatus::Level::Blocked:
        return tr("Messaging: blocked");
    case HealthStatus::Level::Unknown:
        break;
    }
    return tr("Messaging: %1").arg(h->canSendMessage);
}

QString ChannelInsights::statusDetails(const QString& channelId) const
{
    const std::optional<HealthStatus> h = m_monitor->status(channelId);
    QStringList lines;
    if (h) {
        lines << tr("Checked %1.").arg(QLocale().toString(h->checkedAt.toLocalTime(), QLocale::ShortFormat));
        const QStringList reasons = h->reasons();
        if (h->level() == HealthStatus::Level::Available)
            lines << tr("This number can send messages.");
        for (const QString& r : reasons)
            lines << QStringLiteral("• ") + r;
        lines << tr("Templates are not covered by this check.");
    }
    const QString error = m_monitor->lastError(channelId);
    if (!error.isEmpty())
        lines << tr("The last check failed: %1").arg(error);
    return lines.join(QLatin1Char('\n'));
}

void ChannelInsights::updateLabel()
{
    if (m_current.isEmpty()) {
        m_label->clear();
        m_label->hide();
        return;
    }
    const std::optional<HealthStatus> h = m_monitor->status(m_current);
    const QPalette& p = m_label->palette();
    QColor colour = theme::mix(p.color(QPalette::WindowText), p.color(QPalette::Window), 0.4);
    if (h && h->level() == HealthStatus::Level::Available)
        colour = theme::positiveText(p);
    else if (h && h->level() == HealthStatus::Level::Limited)
        colour = theme::warningText(p);
    else if (h && h->level() == HealthStatus::Level::Blocked)
        colour = theme::negativeText(p);
    // A dot in the state's colour, then the words as a link to the details.
    m_label->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> <a href=\"#health\" style=\"color:%2; "
                       "text-decoration:none\">%3</a>")
            .arg(colour.name(), p.color(QPalette::WindowText).name(), statusText(m_current).toHtmlEscaped()));
    m_label->setToolTip(statusDetails(m_current));
    m_label->show();
}

void ChannelInsights::showHealth()
{
    if (m_current.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Messaging health"), statusText(m_current),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("messagingHealthDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(statusDetails(m_current));
    QPushButton* again = box->addButton(tr("Check Now"), QMessageBox::ActionRole);
    again->setObjectName(QStringLiteral("healthCheckNowButton"));
    connect(again, &QPushButton::clicked, this, [this] { m_monitor->check(m_current); });
    box->setWindowModality(Qt::WindowModal);
    box->show();
}

void ChannelInsights::showReport()
{
    const std::optional<Channel> channel = m_service->channel(m_current);
    if (!channel || !m_store)
        return;
    auto* dialog = new PricingReportDialog(m_store, channel->id, channel->name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace wabadesk::ui
