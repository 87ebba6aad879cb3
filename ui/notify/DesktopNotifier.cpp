#include "notify/DesktopNotifier.h"

#include "common/LocaleFormat.h"
#include "store/ChangeHub.h"
#include "text/SafeText.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QPainter>
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
    text = text::withVisibleControls(text); // a NUL would end the text on the notification bus
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
    if (type == QLatin1String("call")) // the store announces missed calls only (issue #16)
        return DesktopNotifier::tr("📞 Missed call");
    return DesktopNotifier::tr("New message");
}

} // namespace

DesktopNotifier::DesktopNotifier(store::ChangeHub* hub, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_baseIcon(QApplication::windowIcon())
    , m_menu(std::make_unique<QMenu>())
{
    connect(hub, &store::ChangeHub::inboundMessages, this, &DesktopNotifier::onInbound);

    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* show = m_menu->addAction(tr("&Show WabaDesk"), this, &DesktopNotifier::showWindow);
    show->setObjectName(QStringLiteral("trayShow"));
    m_menu->setDefaultAction(show);
    m_muteAll = m_menu->addAction(tr("&Mute All Notifications"));
    m_muteAll->setObjectName(QStringLiteral("trayMuteAll"));
    m_muteAll->setCheckable(true);
    m_muteAll->setChecked(!m_enabled);
    connect(m_muteAll, &QAction::toggled, this, [this](bool muted) { setEnabled(!muted); });
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"), this, &DesktopNotifier::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
    updateIcon();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setToolTip(m_toolTip);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastClickTarget.isEmpty())
                Q_EMIT conversationRequested(m_lastClickTarget);
            else
                showWindow();
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                showWindow();
        });
        m_tray->show();
    }
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::showWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopNotifier::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    {
        const QSignalBlocker blocker(m_muteAll);
        m_muteAll->setChecked(!enabled);
    }
    updateIcon();
    Q_EMIT enabledChanged(enabled);
}

void DesktopNotifier::setChannelMuted(const QString& channelId, bool muted)
{
    if (channelId.isEmpty() || muted == m_muted.contains(channelId))
        return;
    if (muted)
        m_muted.insert(channelId);
    else
        m_muted.remove(channelId);
    Q_EMIT mutedChannelsChanged(m_muted);
}

void DesktopNotifier::setMutedChannels(const QSet<QString>& channelIds)
{
    if (channelIds == m_muted)
        return;
    m_muted = channelIds;
    Q_EMIT mutedChannelsChanged(m_muted);
}

void DesktopNotifier::setUnreadCount(int total)
{
    total = std::max(0, total);
    if (total == m_unread && !m_icon.isNull())
        return;
    m_unread = total;
    updateIcon();
}

void DesktopNotifier::updateIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(QPixmap::fromImage(badgedImage(m_baseIcon, m_unread, size)));
    m_icon = icon;
    const QString name = QApplication::applicationDisplayName();
    m_toolTip = m_unread > 0 ? tr("%1 — %n unread message(s)", nullptr, m_unread).arg(name) : name;
    if (!m_enabled)
        //: Tray tooltip suffix while every notification is muted.
        m_toolTip += tr(" (notifications muted)");
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
}

QImage DesktopNotifier::badgedImage(const QIcon& base, int count, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!base.isNull()) {
        base.paint(&painter, image.rect());
    } else {
        // No application icon (tests): a plain green disc.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x25, 0xD3, 0x66));
        painter.drawEllipse(QRectF(image.rect()).adjusted(1, 1, -1, -1));
    }
    if (count <= 0)
        return image;
    const QString text = ui::count(count, 99);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(std::max(7, int(size * (text.size() > 2 ? 0.36 : 0.46))));
    const QFontMetricsF metrics(font);
    const qreal height = std::max(size * 0.58, metrics.height());
    const qreal width = std::min(qreal(size), std::max(height, metrics.horizontalAdvance(text) + size * 0.16));
    const QRectF badge(size - width, 0, width, height);
    painter.setPen(QPen(Qt::white, std::max(1.0, size / 24.0)));
    painter.setBrush(QColor(0xE5, 0x39, 0x35));
    painter.drawRoundedRect(badge, height / 2, height / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return image;
}

DesktopNotifier::Notice DesktopNotifier::noticeFor(const QList<store::NewMessageNotice>& notices) const
{
    const bool windowActive = m_window && m_window->isActiveWindow();
    const QString visible = m_visibleProvider ? m_visibleProvider() : m_visible;
    QList<store::NewMessageNotice> shown;
    for (const store::NewMessageNotice& n : notices) {
        if (windowActive && !visible.isEmpty() && n.conversationId == visible)
            continue; // the agent is reading it
        if (m_muted.contains(n.channelId))
            continue; // muted channel: counted as unread, no pop-up
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
    QStringList listed = names.mid(0, 4);
    if (names.size() > 4) {
        //: The last item of a list of customer names: "Ana, Bruno, Carla, Davi and 2 more"
        listed << tr("%n more", nullptr, int(names.size()) - 4);
    }
    //: Notification body: the customers who wrote (a list), most recent first.
    notice.body = tr("From %1").arg(QLocale().createSeparatedList(listed));
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
