#include "notify/DesktopNotifier.h"

#include "store/ChangeHub.h"

#include <QApplication>
#include <QIcon>
#include <QSet>
#include <QSystemTrayIcon>
#include <QWidget>

namespace wabadesk::ui {

namespace {

constexpr int kBalloonMs = 8000;
constexpr int kPreviewChars = 140;

// Notification bodies are plain text here; freedesktop servers that advertise body-markup would read tags, so on
// Linux the text is escaped (a customer's "<b>" shows as typed, never bold, never a link).
QString bodyText(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > kPreviewChars)
        text = text.left(kPreviewChars - 1) + QChar(0x2026);
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

// The preview of a message without text: its type in words.
QString typeInWords(const QString& type)
{
    if (type == QLatin1String("image"))
        return DesktopNotifier::tr("📷 Photo");
    if (type == QLatin1String("video"))
        return DesktopNotifier::tr("🎥 Video");
    if (type == QLatin1String("audio"))
        return DesktopNotifier::tr("🎤 Voice message");
    if (type == QLatin1String("document"))
        return DesktopNotifier::tr("📄 Document");
    if (type == QLatin1String("sticker"))
        return DesktopNotifier::tr("Sticker");
    if (type == QLatin1String("location"))
        return DesktopNotifier::tr("📍 Location");
    if (type == QLatin1String("contacts"))
        return DesktopNotifier::tr("👤 Contact card");
    if (type == QLatin1String("order"))
        return DesktopNotifier::tr("🛒 Order");
    return DesktopNotifier::tr("New message");
}

} // namespace

DesktopNotifier::DesktopNotifier(store::ChangeHub* hub, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    connect(hub, &store::ChangeHub::inboundMessages, this, &DesktopNotifier::onInbound);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastClickTarget.isEmpty())
                Q_EMIT conversationRequested(m_lastClickTarget);
            else if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger && m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
}

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

DesktopNotifier::Notice DesktopNotifier::noticeFor(const QList<store::NewMessageNotice>& notices) const
{
    const bool windowActive = m_window && m_window->isActiveWindow();
    const QString visible = m_visibleProvider ? m_visibleProvider() : m_visible;
    QList<store::NewMessageNotice> shown;
    for (const store::NewMessageNotice& n : notices) {
        if (windowActive && !visible.isEmpty() && n.conversationId == visible)
            continue; // the agent is reading it
        shown.append(n);
    }
    Notice notice;
    if (shown.isEmpty())
        return notice;
    QSet<QString> conversations;
    for (const store::NewMessageNotice& n : std::as_const(shown))
        conversations.insert(n.conversationId);
    if (conversations.size() == 1) {
        const store::NewMessageNotice& last = shown.last();
        notice.conversationId = last.conversationId;
        notice.title = last.senderName;
        if (m_channelName) {
            if (const QString channel = m_channelName(last.channelId); !channel.isEmpty())
                //: Notification title: the customer's name, then the channel (phone number) it wrote to.
                notice.title = tr("%1 · %2").arg(last.senderName, channel);
        }
        QStringList lines;
        for (const store::NewMessageNotice& n : std::as_const(shown)) {
            lines.append(n.preview.isEmpty() ? typeInWords(n.type) : bodyText(n.preview));
        }
        if (lines.size() > 3) {
            const int more = int(lines.size()) - 2;
            lines = lines.mid(lines.size() - 2);
            lines.prepend(tr("%n more message(s)…", nullptr, more));
        }
        notice.body = lines.join(QLatin1Char('\n'));
        return notice;
    }
    notice.title = tr("%n new message(s)", nullptr, int(shown.size()));
    QStringList names;
    QSet<QString> seen;
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        if (seen.contains(it->conversationId))
            continue;
        seen.insert(it->conversationId);
        names.append(bodyText(it->senderName));
    }
    //: Notification body: the customers who wrote, most recent first.
    notice.body = tr("From %1").arg(QLocale().createSeparatedList(names.mid(0, 4)));
    if (names.size() > 4)
        notice.body += tr(" and %n more", nullptr, int(names.size()) - 4);
    return notice;
}

void DesktopNotifier::onInbound(const QList<store::NewMessageNotice>& notices)
{
    if (!m_enabled)
        return;
    const Notice notice = noticeFor(notices);
    if (notice.title.isEmpty())
        return;
    present(notice);
}

void DesktopNotifier::present(const Notice& notice)
{
    m_lastClickTarget = notice.conversationId;
    if (m_presenter) {
        m_presenter(notice);
        return;
    }
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(notice.title, notice.body, QSystemTrayIcon::Information, kBalloonMs);
        return;
    }
    if (m_window)
        QApplication::alert(m_window);
}

} // namespace wabadesk::ui
