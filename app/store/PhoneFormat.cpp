#include "store/PhoneFormat.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace wabadesk::store {

FormattedPhone formatPhone(const QString& waId)
{
    QString digits = waId.trimmed();
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    // E.164 allows at most 15 digits; shorter than 7 is no subscriber number.
    if (digits.size() < 7 || digits.size() > 15)
        return {};
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return {};
    }
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance(); // thread-safe singleton
    PhoneNumber number;
    // "ZZ" (unknown region): the leading "+" makes libphonenumber take the country code from the number.
    if (util->Parse("+" + digits.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    FormattedPhone out;
    std::string text;
    util->Format(number, PhoneNumberUtil::E164, &text);
    out.e164 = QString::fromStdString(text);
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    out.international = QString::fromStdString(text);
    util->GetRegionCodeForNumber(number, &text);
    out.region = text == "ZZ" ? QString() : QString::fromStdString(text);
    out.isValid = util->IsValidNumber(number);
    return out;
}

} // namespace wabadesk::store
