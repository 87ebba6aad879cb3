#pragma once

#include <QString>

namespace wabadesk::ui {

// Someone the channel can write to, offered as a suggestion where a recipient is entered.
struct KnownRecipient {
    QString waId; // digits only, country code first
    QString name;
};

} // namespace wabadesk::ui
