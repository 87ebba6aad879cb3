#pragma once

#include "model/WebhookEvents.h"
#include "store/EditWriter.h"
#include "store/SearchIndexWriter.h"
#include "store/SqlStatement.h"

namespace wabadesk::store {

class ConversationWriter;
class GroupWriter;
class SqlDialect;
struct ChangeSet;

// Inbound messages and echoes (REFERENCE.md §6.3) into messages, reactions, media and the search index. A wamid is
// stored once per channel (§5.5): a second delivery changes nothing — except that it fills a placeholder row left
// by statuses that came first.
class MessageWriter {
public:
    MessageWriter(ConversationWriter* conversations, GroupWriter* groups);
    bool prepare(const QSqlDatabase& db, const SqlDialect& dialect, QString* error);

    // One messages[] (or message_echoes[]) item. `valueErrors` are its change's value.errors[] (§6.3 "Message with
    // value-level error"): they belong to the messages beside them.
    bool write(const QString& channelId, const InboundMessage& m, const QList<WebhookError>& valueErrors,
               qint64 receivedAtMs, ChangeSet* changes, QString* error);

    SearchIndexWriter& searchIndex() { return m_search; }

private:
    struct Sender {
        QString key;  // a group participant's wa_id or BSUID
        QString name; // their profile name
    };
    // Inserts the row (or fills a placeholder); *rowId = 0 when the wamid was already stored.
    bool insert(const QString& channelId, const QString& conversationId, const InboundMessage& m, const Sender& sender,
                const QList<WebhookError>& valueErrors, qint64 receivedAtMs, qint64* rowId, QString* error);
    bool applyReaction(const QString& channelId, const InboundMessage& m, qint64 at, QString* error);
    bool recordMedia(const QString& channelId, const QString& wamid, const InboundMedia& media, QString* error);

    ConversationWriter* m_conversations;
    GroupWriter* m_groups;
    SearchIndexWriter m_search;
    EditWriter m_edits{&m_search};
    SqlStatement m_insert;
    SqlStatement m_reaction;
    SqlStatement m_media;
    SqlStatement m_permission;
};

} // namespace wabadesk::store
