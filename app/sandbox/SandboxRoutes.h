#pragma once

#include "sandbox/Sandbox.h"

#include <functional>

namespace wabadesk::sandbox {

class SandboxRouter;
class SandboxState;
class WebhookPoster;

// What the route handlers share. Handlers run on cpp-httplib's worker threads.
struct RouteContext {
    SandboxState& state;
    WebhookPoster& poster;
    const SandboxOptions& options;
    // A business message reached its customer (read) or failed (§6.4), called on the poster's thread: the scripted
    // customers answer. May be empty.
    std::function<void(const QString& waId, const QString& wamid, bool delivered)> messageOutcome = {};
};

// One function per area; each adds its endpoints (REFERENCE.md §0.2) to the router.
void registerMessageRoutes(SandboxRouter& router, RouteContext& context);  // §1
void registerMediaRoutes(SandboxRouter& router, RouteContext& context);    // §2
void registerTemplateRoutes(SandboxRouter& router, RouteContext& context); // §3
void registerAccountRoutes(SandboxRouter& router, RouteContext& context);  // §4, §5, phone number
void registerControlRoutes(SandboxRouter& router, RouteContext& context);  // /_sandbox/…
void registerHealthRoutes(SandboxRouter& router, RouteContext& context);   // UPDATES-2026.md §10
void registerPartnerRoutes(SandboxRouter& router, RouteContext& context);  // Partner API (UPDATES-2026.md §12)

} // namespace wabadesk::sandbox
