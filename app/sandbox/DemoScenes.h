#pragma once

#include <QJsonObject>
#include <QList>

namespace wabadesk::sandbox {

struct RouteContext;

// The demo's 2026 scenes (issue #16, UPDATES-2026.md), posted once as soon as the channel's webhook is set, with
// times in the last hours: a username-only customer, a customer who moves from phone to username, a missed and an
// answered call and a call permission, a group with two participants, messages the business wrote in the WhatsApp
// Business app (coexistence echoes, one edited), a WhatsApp Flow's answers, a marketing stop, and template category
// and content notices. (PMP pricing comes with every status the sandbox sends; its health answers GET
// /health_status; the named-parameter template is in the seed catalogue.)
class DemoScenes {
public:
    // The webhook bodies, oldest first, relative to `nowSecs` (unix seconds).
    static QList<QJsonObject> bodies(qint64 nowSecs);
    // Posts bodies() in order from the poster's thread, each once the receiver answers 200 (the desk sets the
    // webhook and its secret a moment after the sandbox starts). Also records the scene customers in the sandbox
    // state, so that their 24-hour windows are open for replies.
    static void schedule(RouteContext& context);
};

} // namespace wabadesk::sandbox
