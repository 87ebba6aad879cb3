#include "theme/SystemScheme.h"

#include <QGuiApplication>
#include <QStyleHints>
#include <QtGlobal>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#define WABADESK_HAVE_PORTAL 1
#endif

namespace wabadesk::ui::theme {

namespace {

#ifdef WABADESK_HAVE_PORTAL
// org.freedesktop.portal.Settings.Read("org.freedesktop.appearance", "color-scheme"): 0 no preference,
// 1 prefer dark, 2 prefer light. Read() wraps the value in a second variant (the portal's documented quirk that
// ReadOne() later fixed); both shapes are unwrapped.
SystemAppearance portalAppearance()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return SystemAppearance::Unknown;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
        QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
    call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
    // Short: a desktop without a portal answers "unknown service" at once; a slow one is not worth waiting for.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 700);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return SystemAppearance::Unknown;
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>())
        value = qvariant_cast<QDBusVariant>(value).variant();
    return appearanceFromPortalValue(value.toUInt());
}

#endif

} // namespace

SystemAppearance appearanceFromPortalValue(uint value)
{
    switch (value) {
    case 1:
        return SystemAppearance::Dark;
    case 2:
        return SystemAppearance::Light;
    default: // 0: no preference
        return SystemAppearance::Unknown;
    }
}

SystemAppearance appearanceFromGtkTheme(const QString& theme)
{
    // GTK_THEME is "Name" or "Name:variant" (Adwaita:dark); many dark themes are named "…-dark" (Arc-Dark).
    const QString name = theme.trimmed().toLower();
    if (name.isEmpty())
        return SystemAppearance::Unknown;
    return name.endsWith(QLatin1String(":dark")) || name.endsWith(QLatin1String("-dark")) ? SystemAppearance::Dark
                                                                                          : SystemAppearance::Light;
}

SystemAppearance systemAppearance()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return SystemAppearance::Dark;
    case Qt::ColorScheme::Light:
        return SystemAppearance::Light;
    case Qt::ColorScheme::Unknown:
        break;
    }
#endif
#ifdef WABADESK_HAVE_PORTAL
    if (const SystemAppearance fromPortal = portalAppearance(); fromPortal != SystemAppearance::Unknown)
        return fromPortal;
    return appearanceFromGtkTheme(qEnvironmentVariable("GTK_THEME"));
#else
    return SystemAppearance::Unknown;
#endif
}

} // namespace wabadesk::ui::theme
