#pragma once

#include <QString>

namespace wabadesk {

// A phone number as an agent typed it, checked and normalised for starting a conversation.
struct PhoneInput {
    enum class Problem {
        None,
        Empty,
        NotANumber,         // letters or symbols that are not part of a phone number
        NeedsCountryCode,   // a national number ("0151 …") and no default region to read it in
        InvalidCountryCode, // "+999 …"
        TooShort,
        TooLong,
        InvalidNumber, // the right length, but no such number in the region (libphonenumber's full validation)
    };
    enum class Kind { Unknown, Mobile, FixedLine, FixedLineOrMobile, Other };

    Problem problem = Problem::Empty;
    QString waId;          // digits with the country code, no "+": the recipient for the API (REFERENCE.md §1.1)
    QString e164;          // "+4915112345678"
    QString international; // "+49 1511 2345678"
    QString region;        // ISO 3166 code of the number, "DE"; for InvalidNumber etc. the country code's main region
    Kind kind = Kind::Unknown;

    bool isValid() const { return problem == Problem::None; }
};

// Reads what an agent typed: "+49 151 12345678", "0049 151-123 456 78", "(030) 1234567" (national, read in
// `defaultRegion`, an ISO 3166 code such as "DE"; empty: a country code is required), or wa_id style digits with
// the country code and no "+" ("4915112345678"). Spaces, dots, dashes, slashes and parentheses are ignored.
// Pure: libphonenumber only, no locale or settings read.
PhoneInput parsePhoneInput(const QString& text, const QString& defaultRegion = QString());

// The digits of a number as written, nothing else: "+49 30 123-45" → "493012345". Two spellings of one number
// compare equal this way (when both carry the country code).
QString phoneDigits(const QString& text);

} // namespace wabadesk
