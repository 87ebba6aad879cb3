#pragma once

#include "api/OutgoingMessage.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wabadesk::ui {

// A location to send (REFERENCE.md §1.5): coordinates typed or pasted ("52.5200, 13.4050", or a link from
// OpenStreetMap or Google Maps), an optional place name and address. OK only when the message is valid.
class LocationDialog : public QDialog {
    Q_OBJECT
public:
    struct Coordinates {
        double latitude = 0;
        double longitude = 0;
    };

    // to: the recipient (wa_id), only used to build the message.
    explicit LocationDialog(const QString& to, QWidget* parent = nullptr);

    std::optional<Coordinates> coordinates() const;
    api::OutgoingMessage message() const;
    QStringList problems() const; // empty when OK is possible

    // "52.52, 13.405", "52.52 13.405", "geo:52.52,13.405", OSM "mlat=..&mlon=.." or "#map=z/lat/lon", Google
    // "@52.52,13.405,15z" or "q=52.52,13.405". nullopt when nothing plausible is found (or out of range).
    static std::optional<Coordinates> parseCoordinates(const QString& text);

private:
    void updateState();

    QString m_to;
    QLineEdit* m_coordinates;
    QLabel* m_parsed;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QDialogButtonBox* m_buttons;
};

} // namespace wabadesk::ui
