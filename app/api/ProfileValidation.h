#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wabadesk::api {

// The business-profile verticals Meta accepts (REFERENCE.md §4.2).
const QStringList& businessVerticals();

// Checks a POST /whatsapp_business_profile body against §4.2 (about 1–139, address ≤256, description ≤512,
// email ≤128 and well-formed, ≤2 websites of ≤256 with http(s)://, vertical from the enum). One translated line
// per problem; the sandbox uses the same function.
QStringList validateProfileUpdate(const QJsonObject& body);

} // namespace wabadesk::api
