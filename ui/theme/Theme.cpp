#include "theme/Theme.h"

#include "theme/SystemScheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace wabadesk::ui::theme {

namespace {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x7d, 0x5b);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8f, 0x93, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xc4, 0x9a));
    p.setColor(QPalette::LinkVisited, QColor(0x9a, 0xb8, 0xe0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4a));
    return p;
}

QPalette lightPalette(const QStyle& style)
{
    QPalette p = style.standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x7a, 0x52));
    p.setColor(QPalette::Link, QColor(0x1a, 0x6b, 0x47));
    return p;
}

} // namespace

Scheme schemeFromEnvironment()
{
    return schemeFromName(qEnvironmentVariable("WABADESK_THEME"));
}

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Scheme schemeFromName(const QString& name)
{
    const QString value = name.trimmed().toLower();
    if (value == QLatin1String("dark"))
        return Scheme::Dark;
    if (value == QLatin1String("light"))
        return Scheme::Light;
    return Scheme::System;
}

namespace {

// What apply() keeps between calls lives on the application object itself (it is what the style belongs to): the
// platform's style name from before the first call, the scheme applied, and whether our own palette is on.
constexpr const char* kPlatformStyle = "wabadesk.theme.platformStyle";
constexpr const char* kScheme = "wabadesk.theme.scheme";
constexpr const char* kOverridden = "wabadesk.theme.overridden";
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
constexpr const char* kFollowing = "wabadesk.theme.following";
#endif

void applyFixed(QApplication& app, Scheme scheme)
{
    // The application owns the style set with setStyle(QStyle*).
    if (app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette(*app.style()));
    app.setProperty(kOverridden, true);
}

// Back to what the platform gives (after Light, Dark, or our dark palette for a dark desktop).
void restorePlatform(QApplication& app)
{
    if (!app.property(kOverridden).toBool())
        return;
    const QString platformStyle = app.property(kPlatformStyle).toString();
    if (app.style()->name().compare(platformStyle, Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(platformStyle));
    app.setPalette(QPalette()); // nothing set: the platform theme's palette again
    app.setProperty(kOverridden, false);
}

// The platform's own style and palette when they already match the desktop's appearance (macOS, Windows 11 style,
// KDE Plasma, a GTK platform theme); Fusion with our palette when the desktop asks for dark and the platform palette
// is light (GNOME without a Qt platform theme, Windows with Qt's pre-6.7 styles).
void followSystem(QApplication& app)
{
    const SystemAppearance wanted = systemAppearance();
    const bool overridden = app.property(kOverridden).toBool();
    if (wanted == SystemAppearance::Dark && !overridden && !isDark(app.palette()))
        applyFixed(app, Scheme::Dark);
    else if (wanted != SystemAppearance::Dark && overridden)
        restorePlatform(app);
}

} // namespace

void apply(QApplication& app, Scheme scheme)
{
    if (!app.property(kPlatformStyle).isValid())
        app.setProperty(kPlatformStyle, app.style()->name());
    app.setProperty(kScheme, int(scheme));
    if (scheme != Scheme::System) {
        applyFixed(app, scheme);
        return;
    }
    restorePlatform(app);
    followSystem(app);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (!app.property(kFollowing).toBool()) {
        app.setProperty(kFollowing, true);
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app, [&app] {
            if (appliedScheme(app) == Scheme::System)
                followSystem(app);
        });
    }
#endif
}

Scheme appliedScheme(const QApplication& app)
{
    const QVariant scheme = app.property(kScheme);
    return scheme.isValid() ? Scheme(scheme.toInt()) : Scheme::System;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    const auto channel = [t](float x, float y) {
        return x * (1.0 - t) + y * t;
    };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()), channel(a.blueF(), b.blueF()),
                            channel(a.alphaF(), b.alphaF()));
}

QColor negativeText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor positiveText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7d, 0xd3, 0x9b) : QColor(0x1b, 0x7a, 0x3d);
}

QColor negativeBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), negativeText(palette), isDark(palette) ? 0.16 : 0.09);
}

QColor warningText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x8a, 0x5a, 0x00);
}

QColor warningBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), warningText(palette), isDark(palette) ? 0.16 : 0.12);
}

QColor noticeBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.14 : 0.07);
}

} // namespace wabadesk::ui::theme
