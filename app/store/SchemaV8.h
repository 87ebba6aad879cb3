#pragma once

#include <QStringList>

namespace wabadesk::store {

class SqlDialect;

// Migration 8 (issue #16, WhatsApp as it is in 2026; UPDATES-2026.md):
// - contacts.username; contact_identities (channel_id, kind phone/bsuid/parent, value) → contact_key: a customer is
//   found by any id a webhook names, on the channel it wrote to (seeded from the existing conversations);
// - conversations.kind ('customer'/'group'), group_id, marketing_preference (+ _at: user_preferences stop/resume),
//   call_permission (+ _until: call_permission_reply), marketing_paused_until (131049: no marketing for 24 h);
// - groups and group_participants (Groups API webhooks);
// - messages.sender_key (a group participant), subtype (interactive/system kind: nfm_reply, call_permission_reply,
//   group_participants_add, …), data (the few typed extras of that subtype, JSON), pricing_model/_category/_type
//   (PMP, from the statuses; back-filled from message_statuses);
// - calls (one row per call, its outcome) and call_events (each event once: connect, terminate, statuses, …);
// - templates.notice_kind/_from/_to/_at (template_category_update, message_template_components_update);
// - account_events (account_update webhooks, newest shown on the channel).
QStringList schemaV8(const SqlDialect& dialect);

} // namespace wabadesk::store
