#pragma once

#include "api/ApiError.h"
#include "model/BusinessProfile.h"
#include "model/ProfileAuditEntry.h"
#include "profile/ProfileRules.h"

#include <QList>
#include <QPointer>

#include <functional>

class QObject;

namespace wabadesk::api {
class ApiCall;
class ApiClient;
} // namespace wabadesk::api
namespace wabadesk::store {
class Store;
}

namespace wabadesk::profile {

// How one profile update ended.
struct UpdateOutcome {
    enum class Status {
        Saved,     // sent and accepted; audit rows written
        Unchanged, // nothing differed: nothing was sent
        Refused,   // problems found before sending: nothing was sent
        Failed,    // the API refused or could not be reached
    };
    Status status = Status::Unchanged;
    QList<Problem> problems;
    api::ApiError error;
    BusinessProfileUpdate sent;
    bool auditWritten = false; // false without a store, or when the store failed (the change itself went through)
};

// What the audit log keeps for `update` made to a profile that was `before`: one entry per field. The picture is
// described by `photoNote` (e.g. "640×640 JPEG, 48.2 kB") rather than by its short-lived URL or upload handle.
QList<ProfileAuditEntry> auditEntries(const QString& channelId, const BusinessProfile& before,
                                      const BusinessProfileUpdate& update, const QString& by,
                                      const QString& photoNote = {});

// The one path every profile change takes (the editor, apply-to-other-channels, the CLI): validate against
// ProfileRules (with `before`, so that clearing a set field is refused), send only what is in `update`, then write
// one audit row per field to `audit` (may be null). `done` runs exactly once, never synchronously, and not when
// `context` was destroyed. Returns the API call, or nullptr when nothing is sent.
api::ApiCall* sendUpdate(api::ApiClient* client, store::Store* audit, const QString& channelId,
                         const BusinessProfile& before, const BusinessProfileUpdate& update, const QString& by,
                         QObject* context, std::function<void(const UpdateOutcome&)> done,
                         const QString& photoNote = {});

} // namespace wabadesk::profile
