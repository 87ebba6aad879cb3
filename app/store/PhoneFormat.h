#pragma once

#include <QString>

namespace wabadesk::store {

struct FormattedPhone {
    QString e164;          // "+4915112345678"
    QString international; // "+49 1511 2345678"
    QString region;        // "DE"; "" when no region claims the number
    bool isValid = false;  // libphonenumber's full validation (a well-formed but unassigned number is not valid)
};

// Formats a wa_id (digits with the country code, no "+", REFERENCE.md §6.1) with libphonenumber, by the number's own
// region. Anything that is not a phone number (a BSUID such as "US.134…", an empty string) gives an empty result.
// The only file that includes libphonenumber, so its headers and library stay out of the rest of the build.
FormattedPhone formatPhone(const QString& waId);

} // namespace wabadesk::store
