#pragma once

#include <QString>

namespace wabadesk {

// The full name of the user running WabaDesk as the operating system knows it (Unix: the GECOS field of the password
// database; Windows: the display name), else the login name; "" when neither is known.
QString osUserFullName();

} // namespace wabadesk
