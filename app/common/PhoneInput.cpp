#include "common/PhoneInput.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace wabadesk {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using Problem = PhoneInput::Problem;

// E.164: at most 15 digits including the country code.
constexpr int kMaxDigits = 15;
// libphonenumber accepts very short landline numbers where a numbering plan is open (Germany: "+49 30 1234"); such
// numbers cannot receive WhatsApp's verification SMS or call, so a landline needs this many national digits.
// Short mobile numbers of small countries (Niue, the Falklands) are typed MOBILE and are not affected.
constexpr int kMinFixedLineDigits = 7;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/') ||
           c == QLatin1Char('(') || c == QLatin1Char(')') || c == QChar(0x2010) || c == QChar(0x2011) ||
           c == QChar(0x2013);
}

Problem fromParseError(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return Problem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return Problem::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return Problem::TooLong;
    default:
        // The characters were checked before parsing: what libphonenumber calls "not a number" is too few digits.
        return Problem::TooShort;
    }
}

Problem fromPossibility(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return Problem::None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return Problem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: // a number without its area code
        return Problem::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return Problem::TooLong;
    default:
        return Problem::InvalidNumber;
    }
}

PhoneInput::Kind kindOf(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return PhoneInput::Kind::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return PhoneInput::Kind::FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneInput::Kind::FixedLineOrMobile;
    case PhoneNumberUtil::UNKNOWN:
        return PhoneInput::Kind::Unknown;
    default:
        return PhoneInput::Kind::Other;
    }
}

// One libphonenumber reading of `number` ("+…" international, else national in `region`).
PhoneInput readNumber(const std::string& number, const std::string& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance(); // thread-safe singleton
    PhoneInput out;
    PhoneNumber parsed;
    const PhoneNumberUtil::ErrorType error = util->Parse(number, region, &parsed);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        out.problem = fromParseError(error);
        return out;
    }
    std::string text;
    out.problem = fromPossibility(util->IsPossibleNumberWithReason(parsed));
    if (out.problem == Problem::None && !util->IsValidNumber(parsed))
        out.problem = Problem::InvalidNumber;
    if (out.problem == Problem::None && util->GetNumberType(parsed) == PhoneNumberUtil::FIXED_LINE) {
        std::string national;
        util->GetNationalSignificantNumber(parsed, &national);
        if (national.size() < size_t(kMinFixedLineDigits))
            out.problem = Problem::TooShort;
    }
    if (out.problem != Problem::None) {
        // The country the number claims to be in, for the message ("not a valid number in Germany").
        util->GetRegionCodeForCountryCode(parsed.country_code(), &text);
        out.region = text == "ZZ" || text == "001" ? QString() : QString::fromStdString(text);
        return out;
    }
    util->Format(parsed, PhoneNumberUtil::E164, &text);
    out.e164 = QString::fromStdString(text);
    out.waId = out.e164.mid(1);
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &text);
    out.international = QString::fromStdString(text);
    util->GetRegionCodeForNumber(parsed, &text);
    out.region = text == "ZZ" ? QString() : QString::fromStdString(text);
    out.kind = kindOf(util->GetNumberType(parsed));
    return out;
}

} // namespace

PhoneInput parsePhoneInput(const QString& text, const QString& defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Digits of any script become ASCII digits; one leading "+" is kept; separators are dropped.
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit()) {
            digits.append(QChar(QLatin1Char('0').unicode() + c.digitValue()));
        } else if ((c == QLatin1Char('+') || c == QChar(0xff0b)) && digits.isEmpty() && !plus) {
            plus = true;
        } else if (!isSeparator(c)) {
            PhoneInput out;
            out.problem = Problem::NotANumber;
            return out;
        }
    }
    PhoneInput out;
    if (digits.isEmpty()) {
        out.problem = Problem::NotANumber;
        return out;
    }
    if (digits.size() > kMaxDigits + (plus ? 0 : 3)) { // + room for an exit code ("00", "011")
        out.problem = Problem::TooLong;
        return out;
    }
    const std::string region = defaultRegion.isEmpty() ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    if (plus)
        return readNumber("+" + digits.toStdString(), "ZZ");
    if (digits.startsWith(QLatin1Char('0'))) {
        // A national number (trunk prefix 0), or an international one after an exit code: libphonenumber knows the
        // region's own (011 in the US); "00" is the exit code almost everywhere, so it is tried as "+" too.
        const bool exitCode = digits.startsWith(QLatin1String("00"));
        if (defaultRegion.isEmpty() && !exitCode) {
            out.problem = Problem::NeedsCountryCode;
            return out;
        }
        const PhoneInput national = defaultRegion.isEmpty() ? PhoneInput() : readNumber(digits.toStdString(), region);
        if (national.isValid() || !exitCode)
            return national;
        return readNumber("+" + digits.mid(2).toStdString(), "ZZ");
    }
    // Digits without "+": a wa_id (country code first, the API's own form), or with a default region a national
    // number without trunk prefix ("(201) 555-0123" in the US). When both readings are valid, the national one wins
    // unless the digits start with the region's own country code ("4915112345678" in Germany).
    const PhoneInput international = readNumber("+" + digits.toStdString(), "ZZ");
    if (defaultRegion.isEmpty())
        return international;
    const PhoneInput national = readNumber(digits.toStdString(), region);
    if (!national.isValid())
        return international;
    if (!international.isValid())
        return national;
    const int countryCode = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region);
    return digits.startsWith(QString::number(countryCode)) ? international : national;
}

QString phoneDigits(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

} // namespace wabadesk
