#include "conversations/LocationDialog.h"

#include "api/MessageValidation.h"
#include "theme/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace wabadesk::ui {

namespace {

std::optional<LocationDialog::Coordinates> fromStrings(const QString& lat, const QString& lon)
{
    bool okLat = false;
    bool okLon = false;
    const double latitude = lat.toDouble(&okLat);
    const double longitude = lon.toDouble(&okLon);
    if (!okLat || !okLon || latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)
        return std::nullopt;
    return LocationDialog::Coordinates{latitude, longitude};
}

} // namespace

LocationDialog::LocationDialog(const QString& to, QWidget* parent)
    : QDialog(parent)
    , m_to(to)
    , m_coordinates(new QLineEdit(this))
    , m_parsed(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("locationDialog"));
    setWindowTitle(tr("Send Location"));

    auto* intro = new QLabel(tr("Paste coordinates or a link from a map. The customer sees a pin they can open in "
                                "their maps app."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_coordinates->setObjectName(QStringLiteral("locationCoordinates"));
    m_coordinates->setPlaceholderText(tr("e.g. 52.5200, 13.4050 or a map link"));
    m_coordinates->setClearButtonEnabled(true);
    m_parsed->setObjectName(QStringLiteral("locationParsed"));
    m_parsed->setTextFormat(Qt::RichText);
    m_parsed->setOpenExternalLinks(true);
    m_name->setObjectName(QStringLiteral("locationName"));
    m_name->setPlaceholderText(tr("Optional, e.g. Main Store"));
    m_name->setMaxLength(1000);
    m_address->setObjectName(QStringLiteral("locationAddress"));
    m_address->setPlaceholderText(tr("Optional; shown only with a name"));
    m_address->setMaxLength(1000);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Coordinates:"), m_coordinates);
    form->addRow(QString(), m_parsed);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send Location"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("locationSend"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_coordinates, m_name, m_address})
        connect(edit, &QLineEdit::textChanged, this, &LocationDialog::updateState);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
    updateState();
}

std::optional<LocationDialog::Coordinates> LocationDialog::parseCoordinates(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QString number = QStringLiteral("([-+]?\\d{1,3}(?:\\.\\d+)?)");
    // OpenStreetMap marker link: ?mlat=52.52&mlon=13.405
    const QUrl url(text);
    if (url.isValid() && !url.scheme().isEmpty()) {
        static const QRegularExpression mlat(QStringLiteral("[?&]mlat=") + number);
        static const QRegularExpression mlon(QStringLiteral("[?&]mlon=") + number);
        const auto lat = mlat.match(text);
        const auto lon = mlon.match(text);
        if (lat.hasMatch() && lon.hasMatch())
            return fromStrings(lat.captured(1), lon.captured(1));
        // OpenStreetMap view: #map=17/52.52/13.405
        static const QRegularExpression osmMap(QStringLiteral("map=\\d+/") + number + QStringLiteral("/") + number);
        if (const auto m = osmMap.match(text); m.hasMatch())
            return fromStrings(m.captured(1), m.captured(2));
        // Google Maps: /@52.52,13.405,15z or ?q=52.52,13.405; geo:52.52,13.405
        static const QRegularExpression pair(QStringLiteral("(?:@|[?&](?:q|query|ll)=|geo:)") + number +
                                             QStringLiteral("\\s*,\\s*") + number);
        if (const auto m = pair.match(text); m.hasMatch())
            return fromStrings(m.captured(1), m.captured(2));
        if (url.scheme() != QLatin1String("geo"))
            return std::nullopt;
    }
    // Plain "lat, lon" or "lat lon" (a comma as the decimal separator is not accepted: it is ambiguous).
    static const QRegularExpression plain(QStringLiteral("^(?:geo:)?") + number + QStringLiteral("\\s*[,; ]\\s*") +
                                          number + QStringLiteral("$"));
    if (const auto m = plain.match(text); m.hasMatch())
        return fromStrings(m.captured(1), m.captured(2));
    return std::nullopt;
}

std::optional<LocationDialog::Coordinates> LocationDialog::coordinates() const
{
    return parseCoordinates(m_coordinates->text());
}

api::OutgoingMessage LocationDialog::message() const
{
    const Coordinates c = coordinates().value_or(Coordinates{});
    return api::messages::location(m_to, c.latitude, c.longitude, m_name->text().trimmed(),
                                   m_address->text().trimmed());
}

QStringList LocationDialog::problems() const
{
    if (!coordinates())
        return {tr("Enter the coordinates as latitude, longitude (e.g. 52.5200, 13.4050) or paste a map link.")};
    return api::validateMessage(message().toJson());
}

void LocationDialog::updateState()
{
    const auto c = coordinates();
    const bool typed = !m_coordinates->text().trimmed().isEmpty();
    QPalette p = palette();
    if (c) {
        const QLocale locale;
        const QString url = QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=17/%1/%2")
                                .arg(c->latitude, 0, 'f', 6)
                                .arg(c->longitude, 0, 'f', 6);
        m_parsed->setText(
            tr("Latitude %1, longitude %2 — <a href=\"%3\">check on the map</a>")
                .arg(locale.toString(c->latitude, 'f', 6), locale.toString(c->longitude, 'f', 6), url.toHtmlEscaped()));
        p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    } else {
        m_parsed->setText(typed ? tr("Not a position: use latitude, longitude in degrees (−90 to 90, −180 to 180).")
                                : QString());
        p.setColor(QPalette::WindowText, theme::negativeText(palette()));
    }
    m_parsed->setPalette(p);
    m_parsed->setVisible(typed);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems().isEmpty());
}

} // namespace wabadesk::ui
