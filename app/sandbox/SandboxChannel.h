#pragma once

#include <QString>

namespace wabadesk::sandbox {

// The one channel (phone number) the sandbox plays, and its WhatsApp Business Account. The values look like real
// ones (REFERENCE.md §6.1 metadata, §0.2 phone-number info) but belong to nobody.
struct SandboxChannel {
    static QString wabaId() { return QStringLiteral("102290129340398"); }
    static QString phoneNumberId() { return QStringLiteral("109876543210123"); }
    static QString displayPhoneNumber() { return QStringLiteral("+49 30 1234567"); }
    static QString displayPhoneDigits() { return QStringLiteral("49301234567"); } // webhook metadata form
    static QString verifiedName() { return QStringLiteral("WabaDesk Demo"); }
    static QString templateNamespace() { return QStringLiteral("c8ae5f90_307a_ca4c_b8f6_d1e2a2573574"); }
    static QString partnerId() { return QStringLiteral("sNdBx0Pa"); }
    static QString wabaAccountId() { return QStringLiteral("Wd3mO7Ac"); }
};

} // namespace wabadesk::sandbox
