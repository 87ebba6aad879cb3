// theme/SystemScheme: how the desktop's light/dark preference is read. The pure pieces with good and bad values, and
// the portal path against a fake org.freedesktop.portal.Settings on the test's private session bus (scripts/test.sh
// runs the tests in dbus-run-session; elsewhere, or where a real portal owns the name, that case is skipped).
#include "theme/SystemScheme.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusVariant>
#include <QTest>

using namespace wabadesk::ui::theme;

namespace {

class FakePortalSettings : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    QVariant colorScheme;
    int reads = 0;

public Q_SLOTS:
    // The portal's Read() answers a variant holding a variant (its documented quirk).
    QDBusVariant Read(const QString& nameSpace, const QString& key)
    {
        ++reads;
        if (nameSpace != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant(0u))));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
    }
};

} // namespace

class TestSystemScheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void portalValues()
    {
        QCOMPARE(appearanceFromPortalValue(0), SystemAppearance::Unknown);
        QCOMPARE(appearanceFromPortalValue(1), SystemAppearance::Dark);
        QCOMPARE(appearanceFromPortalValue(2), SystemAppearance::Light);
        QCOMPARE(appearanceFromPortalValue(7), SystemAppearance::Unknown); // an unknown future value
    }

    void gtkThemeNames()
    {
        QCOMPARE(appearanceFromGtkTheme(QString()), SystemAppearance::Unknown);
        QCOMPARE(appearanceFromGtkTheme(QStringLiteral("  ")), SystemAppearance::Unknown);
        QCOMPARE(appearanceFromGtkTheme(QStringLiteral("Adwaita:dark")), SystemAppearance::Dark);
        QCOMPARE(appearanceFromGtkTheme(QStringLiteral("Arc-Dark")), SystemAppearance::Dark);
        QCOMPARE(appearanceFromGtkTheme(QStringLiteral("Adwaita")), SystemAppearance::Light);
        // "dark" in the middle of a name is not a dark variant.
        QCOMPARE(appearanceFromGtkTheme(QStringLiteral("Darkish-Blue")), SystemAppearance::Light);
    }

    void portalIsAsked()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no session bus (scripts/test.sh provides one)");
        FakePortalSettings settings;
        if (!bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")))
            QSKIP("a real desktop portal owns the name");
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &settings,
                                   QDBusConnection::ExportAllSlots));
        qputenv("GTK_THEME", "Adwaita"); // says light: the portal must win

        settings.colorScheme = QVariant(1u);
        QCOMPARE(systemAppearance(), SystemAppearance::Dark);
        settings.colorScheme = QVariant(2u);
        QCOMPARE(systemAppearance(), SystemAppearance::Light);
        // No preference at the portal: GTK_THEME decides.
        settings.colorScheme = QVariant(0u);
        qputenv("GTK_THEME", "Adwaita:dark");
        QCOMPARE(systemAppearance(), SystemAppearance::Dark);
        QCOMPARE(settings.reads, 3);

        bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
        bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        qunsetenv("GTK_THEME");
    }
};

QTEST_MAIN(TestSystemScheme)
#include "tst_systemscheme.moc"
