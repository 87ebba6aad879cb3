#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wabadesk::api {

// The business-profile verticals Meta accepts (REFERENCE.md §4.2); profile::verticals().
const QStringList& businessVerticals();

// Checks a POST /whatsapp_business_profile body: the JSON shape (messaging_product, strings, a list of websites),
// then the values through profile::validate() (app/profile/ProfileRules.h), the one rule set the editor, the CLI
// and the sandbox share. One translated "<field>: <problem>" line per problem.
QStringList validateProfileUpdate(const QJsonObject& body);

} // namespace wabadesk::api
