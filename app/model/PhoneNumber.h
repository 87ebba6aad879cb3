#pragma once

#include <QString>

namespace wabadesk {

// GET /v1/configs/phone_number (REFERENCE.md §0.2; seen in client code, unconfirmed on waba-v2, so callers fall back
// to another cheap call when it answers 404).
struct PhoneNumberInfo {
    QString id;           // phone-number id
    QString phoneNumber;  // display form
    QString verifiedName; // may be empty
};

} // namespace wabadesk
