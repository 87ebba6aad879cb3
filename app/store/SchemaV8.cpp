#include "store/SchemaV8.h"

#include "store/SqlDialect.h"

namespace wabadesk::store {

namespace {

const char* const statements[] = {
    "ALTER TABLE contacts ADD COLUMN username TEXT",
    "CREATE TABLE contact_identities ("
    " channel_id TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,"
    " contact_key TEXT NOT NULL REFERENCES contacts (contact_key), PRIMARY KEY (channel_id, kind, value))",
    "CREATE INDEX contact_identities_by_contact ON contact_identities (contact_key)",
    "CREATE INDEX contacts_by_wa_id ON contacts (wa_id) WHERE wa_id IS NOT NULL",
    "CREATE INDEX contacts_by_user_id ON contacts (user_id) WHERE user_id IS NOT NULL",
    // Seeded from the conversations there are: every id of their contact, on their channel. A BSUID that two
    // contacts claim (the bug of issue #16) goes to the first; Store::open merges the other into it afterwards.
    "INSERT INTO contact_identities (channel_id, kind, value, contact_key)"
    " SELECT c.channel_id, 'phone', k.wa_id, k.contact_key FROM conversations c"
    " JOIN contacts k ON k.contact_key = c.contact_key WHERE k.wa_id IS NOT NULL AND k.wa_id <> ''"
    " ON CONFLICT (channel_id, kind, value) DO NOTHING",
    "INSERT INTO contact_identities (channel_id, kind, value, contact_key)"
    " SELECT c.channel_id, 'bsuid', k.user_id, k.contact_key FROM conversations c"
    " JOIN contacts k ON k.contact_key = c.contact_key WHERE k.user_id IS NOT NULL AND k.user_id <> ''"
    " ORDER BY (k.wa_id IS NULL), k.contact_key"
    " ON CONFLICT (channel_id, kind, value) DO NOTHING",

    "ALTER TABLE conversations ADD COLUMN kind TEXT NOT NULL DEFAULT 'customer'",
    "ALTER TABLE conversations ADD COLUMN group_id TEXT",
    "ALTER TABLE conversations ADD COLUMN marketing_preference TEXT",
    "ALTER TABLE conversations ADD COLUMN marketing_preference_at BIGINT",
    "ALTER TABLE conversations ADD COLUMN marketing_paused_until BIGINT",
    "ALTER TABLE conversations ADD COLUMN call_permission TEXT",
    "ALTER TABLE conversations ADD COLUMN call_permission_until BIGINT",

    "CREATE TABLE groups ("
    " channel_id TEXT NOT NULL, group_id TEXT NOT NULL, subject TEXT, description TEXT, invite_link TEXT,"
    " join_approval_mode TEXT, state TEXT NOT NULL DEFAULT 'active', created_at BIGINT, updated_at BIGINT,"
    " PRIMARY KEY (channel_id, group_id))",
    "CREATE TABLE group_participants ("
    " channel_id TEXT NOT NULL, group_id TEXT NOT NULL, participant_key TEXT NOT NULL, wa_id TEXT, user_id TEXT,"
    " name TEXT, username TEXT, state TEXT NOT NULL, updated_at BIGINT,"
    " PRIMARY KEY (channel_id, group_id, participant_key))",

    "ALTER TABLE messages ADD COLUMN sender_key TEXT",
    "ALTER TABLE messages ADD COLUMN subtype TEXT",
    "ALTER TABLE messages ADD COLUMN data TEXT",
    "ALTER TABLE messages ADD COLUMN pricing_model TEXT",
    "ALTER TABLE messages ADD COLUMN pricing_category TEXT",
    "ALTER TABLE messages ADD COLUMN pricing_type TEXT",
    "CREATE INDEX messages_priced ON messages (channel_id, sent_at) WHERE pricing_category IS NOT NULL",
    // The pricing the statuses already brought, from their first status that had any.
    "UPDATE messages SET"
    " pricing_model = (SELECT s.pricing_model FROM message_statuses s WHERE s.channel_id = messages.channel_id"
    "  AND s.wamid = messages.wamid AND s.pricing_category IS NOT NULL ORDER BY s.id LIMIT 1),"
    " pricing_type = (SELECT s.pricing_type FROM message_statuses s WHERE s.channel_id = messages.channel_id"
    "  AND s.wamid = messages.wamid AND s.pricing_category IS NOT NULL ORDER BY s.id LIMIT 1),"
    " pricing_category = (SELECT s.pricing_category FROM message_statuses s WHERE s.channel_id ="
    "  messages.channel_id AND s.wamid = messages.wamid AND s.pricing_category IS NOT NULL ORDER BY s.id LIMIT 1)"
    " WHERE direction = 'out' AND EXISTS (SELECT 1 FROM message_statuses s WHERE s.channel_id = messages.channel_id"
    "  AND s.wamid = messages.wamid AND s.pricing_category IS NOT NULL)",

    "CREATE TABLE calls ("
    " channel_id TEXT NOT NULL, call_id TEXT NOT NULL, conversation_id TEXT REFERENCES conversations (id),"
    " direction TEXT, status TEXT, last_event TEXT, started_at BIGINT, connected_at BIGINT, ended_at BIGINT,"
    " duration INTEGER, has_recording INTEGER NOT NULL DEFAULT 0, has_transcription INTEGER NOT NULL DEFAULT 0,"
    " biz_opaque TEXT, error_code INTEGER, error_title TEXT, error_details TEXT, updated_at_ms BIGINT NOT NULL,"
    " PRIMARY KEY (channel_id, call_id))",
    "CREATE INDEX calls_by_conversation ON calls (conversation_id)",
    "CREATE TABLE call_events ("
    " id {{AUTO_PK}}, channel_id TEXT NOT NULL, call_id TEXT NOT NULL, event TEXT NOT NULL, status TEXT NOT NULL,"
    " at BIGINT, received_at_ms BIGINT NOT NULL, payload TEXT, UNIQUE (channel_id, call_id, event, status))",

    "ALTER TABLE templates ADD COLUMN notice_kind TEXT",
    "ALTER TABLE templates ADD COLUMN notice_from TEXT",
    "ALTER TABLE templates ADD COLUMN notice_to TEXT",
    "ALTER TABLE templates ADD COLUMN notice_at BIGINT",

    "CREATE TABLE account_events ("
    " id {{AUTO_PK}}, channel_id TEXT NOT NULL, event TEXT NOT NULL, at BIGINT, received_at_ms BIGINT NOT NULL,"
    " payload TEXT)",
    "CREATE INDEX account_events_by_channel ON account_events (channel_id, id)",
};

} // namespace

QStringList schemaV8(const SqlDialect& dialect)
{
    QStringList out;
    for (const char* sql : statements)
        out.append(dialect.expandTypes(QString::fromLatin1(sql)));
    return out;
}

} // namespace wabadesk::store
