#include "conversations/WindowBanner.h"

#include "theme/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>

namespace wabadesk::ui {

namespace {
constexpr qint64 kClosingSoonSeconds = 3600;
} // namespace

WindowBanner::WindowBanner(QWidget* parent)
    : QFrame(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
    , m_template(new QPushButton(tr("Send &template…"), this))
{
    setObjectName(QStringLiteral("composerWindowBanner"));
    setAccessibleName(tr("Customer service window"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &WindowBanner::refresh);

    m_dot->setObjectName(QStringLiteral("composerWindowDot"));
    m_dot->setText(QStringLiteral("●"));
    m_text->setObjectName(QStringLiteral("composerWindowText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_template->setObjectName(QStringLiteral("composerSendTemplate"));
    m_template->setToolTip(tr("Choose an approved message template; WhatsApp delivers those at any time"));
    connect(m_template, &QPushButton::clicked, this, &WindowBanner::templateRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->setSpacing(6);
    layout->addWidget(m_dot, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_template, 0, Qt::AlignVCenter);
    setVisible(false);
}

void WindowBanner::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void WindowBanner::setWindow(const QDateTime& lastInboundAt, const QDateTime& expiresAt, const QDateTime& closedAt)
{
    m_hasWindow = true;
    m_lastInboundAt = lastInboundAt;
    m_expiresAt = expiresAt;
    m_closedAt = closedAt;
    m_wasOpen = isOpen();
    refresh();
}

void WindowBanner::clearWindow()
{
    m_hasWindow = false;
    m_timer->stop();
    m_look = Look::Hidden;
    setVisible(false);
}

bool WindowBanner::isOpen() const
{
    if (!m_hasWindow || !m_expiresAt.isValid())
        return false;
    // A 131047 after the customer's last message is authoritative (§8.4).
    if (m_closedAt.isValid() && (!m_lastInboundAt.isValid() || m_closedAt >= m_lastInboundAt))
        return false;
    return m_clock() < m_expiresAt;
}

QString WindowBanner::stateText() const
{
    return m_text->text();
}

QString WindowBanner::formatRemaining(qint64 seconds)
{
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString WindowBanner::formatElapsed(qint64 seconds)
{
    if (seconds < 3600)
        return tr("%n min", nullptr, int(qMax<qint64>(1, seconds / 60)));
    if (seconds < 48 * 3600)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

void WindowBanner::refresh()
{
    if (!m_hasWindow) {
        clearWindow();
        return;
    }
    const QDateTime now = m_clock();
    const bool open = isOpen();
    const bool closedByApi = m_closedAt.isValid() && (!m_lastInboundAt.isValid() || m_closedAt >= m_lastInboundAt) &&
                             m_closedAt < m_expiresAt;
    QString text;
    if (open) {
        const qint64 left = now.secsTo(m_expiresAt);
        m_look = left < kClosingSoonSeconds ? Look::Closing : Look::Open;
        text =
            m_look == Look::Closing
                ? tr("Window closes in %1 — after that, only templates reach the customer.").arg(formatRemaining(left))
                : tr("Window open — %1 left").arg(formatRemaining(left));
    } else {
        m_look = Look::Closed;
        if (!m_lastInboundAt.isValid())
            text = tr("This customer has not written to you yet. WhatsApp delivers only approved templates until "
                      "they reply.");
        else if (closedByApi)
            text = tr("WhatsApp reported the 24-hour window as closed (error 131047). Free-form messages would not "
                      "be delivered: send an approved template. The window reopens when the customer replies.");
        else
            text = tr("The 24-hour window closed %1 ago. Free-form messages would not be delivered: send an approved "
                      "template. The window reopens when the customer replies.")
                       .arg(formatElapsed(m_expiresAt.secsTo(now)));
    }
    if (m_text->text() != text)
        m_text->setText(text);
    m_template->setVisible(m_look == Look::Closed);
    m_text->setToolTip(m_expiresAt.isValid()
                           ? tr("The window ends %1 (24 hours after the customer's last message).")
                                 .arg(QLocale().toString(m_expiresAt.toLocalTime(), QLocale::LongFormat))
                           : QString());
    m_text->setWordWrap(m_look == Look::Closed);

    QPalette textPalette = palette();
    const QColor tone = m_look == Look::Open      ? theme::positiveText(palette())
                        : m_look == Look::Closing ? theme::warningText(palette())
                                                  : theme::warningText(palette());
    textPalette.setColor(QPalette::WindowText, tone);
    m_dot->setPalette(textPalette);
    QPalette bodyPalette = palette();
    bodyPalette.setColor(QPalette::WindowText, m_look == Look::Open ? palette().color(QPalette::PlaceholderText)
                                                                    : palette().color(QPalette::WindowText));
    m_text->setPalette(bodyPalette);
    // An open window with time to spare is the header's chip alone; the banner speaks when it matters (closing soon,
    // closed).
    setVisible(m_look != Look::Open);
    update();

    if (open != m_wasOpen) {
        m_wasOpen = open;
        Q_EMIT openChanged(open);
    }
    scheduleNext(now);
}

void WindowBanner::scheduleNext(const QDateTime& now)
{
    m_timer->stop();
    if (!isOpen())
        return;
    // Wake when the shown minute changes, and exactly at the expiry.
    const qint64 msLeft = now.msecsTo(m_expiresAt);
    qint64 next = msLeft % 60000;
    if (next == 0)
        next = 60000;
    next = qMin(next, msLeft);
    m_timer->start(int(qBound(qint64(50), next + 20, qint64(60000))));
}

void WindowBanner::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    if (m_look != Look::Closed)
        return; // the open state is a plain line
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.fillPath(path, theme::warningBackground(palette()));
    painter.setPen(QPen(theme::mix(theme::warningBackground(palette()), theme::warningText(palette()), 0.35), 1));
    painter.drawPath(path);
}

} // namespace wabadesk::ui
