#pragma once

#include "store/SqlStatement.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace wabadesk::store {

// Who a message is with, as a webhook names them (REFERENCE.md §6.1, UPDATES-2026.md §1): any of a phone number
// (wa_id), a business-scoped user id (BSUID, user_id), a parent BSUID, plus what to show.
struct ContactRef {
    QString waId;
    QString userId;
    QString parentUserId;
    QString profileName;
    QString username;
    // The key of a new contact: wa_id when known, else the BSUID (§6.1 "Key contacts by wa_id").
    QString key() const
    {
        if (!waId.isEmpty())
            return waId;
        return userId.isEmpty() ? parentUserId : userId;
    }
    bool isEmpty() const { return waId.isEmpty() && userId.isEmpty() && parentUserId.isEmpty(); }
};

// Two conversations that turned out to be one customer's: `from` was merged into `into` and is gone.
struct ConversationMerge {
    QString from;
    QString into;
};

// Customer identity = channel + (BSUID or phone) (issue #16). contact_identities maps every id a webhook named on a
// channel to one contact: a later webhook with only one of the ids finds the same contact, and so the same
// conversation. When a webhook names two ids that so far belonged to two contacts (each was seen alone), the
// contacts are merged, and with them their conversations on every channel: messages, outbox items, calls, drafts
// and reactions move to the surviving conversation, nothing is deleted but the empty shells. The contact found by
// the phone number survives (its conversation id is the one agents and exports already know).
class ContactIdentities {
public:
    bool prepare(const QSqlDatabase& db, QString* error);

    // The contact for `ref` on the channel: found by its ids (and linked to the ones that are new), merged when the
    // ids named two, or "" when none is known yet (*key stays empty; the caller creates it). Merges are appended.
    bool resolve(const QString& channelId, const ContactRef& ref, QString* key, QList<ConversationMerge>* merges,
                 QString* error);
    // Records that these ids belong to contact `key` on the channel (the ones already recorded stay).
    bool link(const QString& channelId, const ContactRef& ref, const QString& key, QString* error);
    // Merges contact `from` into `into`: every conversation, identity and id moves; `from` is deleted.
    bool merge(const QString& from, const QString& into, QList<ConversationMerge>* merges, QString* error);
    // Contacts that the bug of issue #16 split in two (a BSUID-keyed contact whose BSUID another contact has too),
    // merged. For Store::open; usually finds nothing.
    bool repairSplitContacts(QList<ConversationMerge>* merges, QString* error);

    // After a rollback or a merge the remembered answers may be wrong.
    void forget() { m_known.clear(); }

private:
    // The contact recorded for (channel, kind, value); "" when none.
    bool find(const QString& channelId, const char* kind, const QString& value, QString* key, QString* error);
    // A contact with this phone (kind "phone") or BSUID ("bsuid") on any channel: its key or its id column.
    bool findAnywhere(const char* kind, const QString& value, QString* key, QString* error);
    bool mergeConversation(const QString& fromId, const QString& intoId, const QString& intoKey, QString* error);
    bool exec(const QString& sql, const QList<std::pair<QString, QVariant>>& binds, QString* error);

    QSqlDatabase m_db;
    SqlStatement m_find;
    SqlStatement m_findContactByWaId;
    SqlStatement m_findContactByUserId;
    SqlStatement m_link;
    QHash<QString, QString> m_known; // "channel\nkind\nvalue" → contact key, for this batch
};

} // namespace wabadesk::store
