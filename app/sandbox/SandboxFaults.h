#pragma once

#include "sandbox/Sandbox.h"

#include <QJsonObject>

namespace httplib {
struct Response;
}

namespace wabadesk::sandbox {

enum class Fault { None, DropConnection, MalformedBody, RateLimited, ServerError };

// Takes the next counted fault off the plan, in the documented order (Sandbox.h: dropped connection, malformed body,
// rate limit, server error), decrementing its counter. None when no counted fault is left.
Fault takeFault(FaultPlan& plan);

// Writes the faulty answer. The request itself has no effect (nothing is sent, stored or changed), so that tests
// and training scenarios stay predictable.
void applyFault(Fault fault, const FaultPlan& plan, httplib::Response& res);

// The JSON form used by POST /_sandbox/faults: the FaultPlan's fields under their own names; missing ones keep
// their defaults (0, retryAfterSeconds 2).
FaultPlan faultPlanFromJson(const QJsonObject& json);
QJsonObject faultPlanToJson(const FaultPlan& plan);

} // namespace wabadesk::sandbox
