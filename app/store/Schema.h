#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

namespace wabadesk::store {

class SqlDialect;

// The store's schema and its versioned migrations. Tables (all times are unix seconds unless named *_ms):
//
//   schema_version   version, description, applied_at_ms: one row per applied migration.
//   contacts         contact_key PK (wa_id, else BSUID user_id, REFERENCE.md §6.1), wa_id, user_id, parent_user_id,
//                    profile_name, phone_e164 / phone_international / phone_region (libphonenumber), updated_at_ms.
//   conversations    id PK ("<channel id>/<contact key>"), channel_id, contact_key → contacts, last_inbound_at
//                    (webhook time of the customer's last message: the 24-h window, §8.4), last_activity_at,
//                    last_message_id, unread_count. UNIQUE (channel_id, contact_key).
//   messages         id PK, channel_id, wamid — UNIQUE (channel_id, wamid): a wamid is stored once (§5.5) —,
//                    conversation_id → conversations, direction (in/out), origin (webhook/echo/placeholder/local),
//                    type, raw_type, text, caption, filename, media_id/_mime/_sha256, latitude, longitude,
//                    sender_name, target_id (reaction/edit/revoke: the message they act on), reply_to_id, forwarded
//                    (0, 1, 2 = frequently), sent_at, received_at_ms, status + status_rank + status_at (current
//                    status, never moved backwards), error_code/_title/_details, edited_at, deleted_at,
//                    previous_text (before the last edit or the revoke), payload (the JSON item).
//                    Reactions, edits and revokes are rows too (deduplicated like any message) but not shown as
//                    bubbles; an edit or revoke that arrives before its message is applied when the message comes.
//   message_statuses id PK, channel_id, wamid, status, status_at, recipient_id, conversation_ref/_expiry/_origin,
//                    pricing_model/_category/_type, billable, biz_opaque, error_code/_title/_details, errors_json,
//                    received_at_ms, payload. UNIQUE (channel_id, wamid, status): the same status twice adds nothing.
//                    No foreign key to messages: a status may come before its message (a placeholder row is made).
//   reactions        (channel_id, message_wamid, reactor_key) PK, emoji ('' = removed, kept so that an older
//                    reaction arriving late cannot revive it), reaction_wamid, reacted_at. No foreign key: a
//                    reaction to a message we do not have is kept.
//   media            (channel_id, media_id) PK, wamid, mime_type, sha256, filename, url, local_path, byte_size,
//                    downloaded_at_ms: media references to fetch (§2). Since migration 4 also the media library:
//                    origin (received/uploaded; uploads have wamid ''), state (valid/deleted), kind, created_at and
//                    expires_at (uploads: +30 days, §2), deleted_at. Received media are listed from their messages.
//   templates        (channel_id, name, language) PK, template_id, category, status, quality, rejected_reason,
//                    components (JSON), raw (JSON), updated_at_ms: the template cache (§3.1, §6.5).
//   outbox           id PK, channel_id, conversation_id, payload (JSON request), state (queued/sending/sent/failed/
//                    cancelled), attempts, next_attempt_at_ms, last_error, wamid, created_at_ms, updated_at_ms.
//   webhook_journal  seq PK (the listener journal's sequence number, plus its binding's base_seq), received_at_ms,
//   peer, channel_id, kind
//                    (messages/statuses/template/errors/unknown), result (stored/duplicate/quarantined/rejected),
//                    reason, messages, statuses (new ones stored), body (the raw bytes).
//   message_search   full-text index (SQLite: a content-storing FTS5 table, SqliteDialect.cpp) over body,
//                    caption, filename, names (sender's profile name, shared contact cards); rowid = messages.id.
//                    Written in the same transaction as the messages (SearchIndexWriter), so it never drifts.
//   profile_audit    id PK, changed_at_ms, channel_id, field (about/address/description/email/websites/vertical/photo),
//                    old_value, new_value ('' = empty; websites one per line), changed_by (desk/cli). Migration 5.
//   journal_bindings journal_id PK (the listener journal's random identity), base_seq, last_seq (checkpoint, in the
//                    journal's numbers), generation (the highest is the journal read now), bound_at_ms. Migration 7.
//   Migration 8 (issue #16, store/SchemaV8.h): contact_identities, groups, group_participants, calls, call_events,
//                    account_events; new columns on contacts, conversations, messages and templates.
//
// Migrations are numbered from 1; each runs in its own transaction together with its schema_version row, so a
// migration is applied completely or not at all, and opening an up-to-date database changes nothing. Every version
// missing from schema_version runs, so migrations written in parallel (4 and 5) apply in any order.
int latestSchemaVersion();
QList<int> schemaVersions();         // every version this WabaDesk knows, ascending (parallel branches leave gaps)
int schemaVersion(QSqlDatabase& db); // 0 for an empty database
bool migrate(QSqlDatabase& db, const SqlDialect& dialect, QString* error);

} // namespace wabadesk::store
