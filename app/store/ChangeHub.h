#pragma once

#include "store/StoreTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace wabadesk::store {

// Where the UI learns what changed in the store, whichever connection changed it (issue #4 "live feed"). It lives in
// the UI thread; every Store instance given it (Store::setChangeHub: the UI's own, the listener's ingest worker)
// re-emits its change signals here right after the commit, from its own thread. Receivers in the UI thread therefore
// get them queued, in commit order per store.
class ChangeHub : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Who this hub is among a team's desks (issue #18): the stores given it mark the changes they announce to other
    // processes with it, and this hub's RemoteChanges skips them (it delivered them already).
    const QString& originId() const { return m_originId; }

Q_SIGNALS:
    void conversationsChanged(const QStringList& conversationIds);
    // New or updated messages (statuses, reactions, edits) of one conversation.
    void messagesChanged(const QString& conversationId, const QStringList& wamids);
    // New messages from customers (not echoes, reactions or edits): for desktop notifications.
    void inboundMessages(const QList<wabadesk::store::NewMessageNotice>& notices);
    // An outbox item was queued, taken, failed, sent or cancelled.
    void outboxChanged(const QString& conversationId, qint64 outboxId);
    // Template status/quality/category webhooks, or a saved template list.
    void templatesChanged(const QString& channelId);
    void draftChanged(const QString& conversationId);
    // The channel's media library changed: an upload recorded, media archived, deleted or pruned.
    void mediaChanged(const QString& channelId);
    void journalAppended(qint64 firstSeq, qint64 lastSeq);
    // Rows added to the business-profile audit log.
    void profileAuditChanged(const QString& channelId);
    // Two conversations turned out to be one customer's (issue #16): `from` is gone, its messages are in `into`.
    void conversationMerged(const QString& from, const QString& into);
    // A new account_update webhook for the channel.
    void accountEventsChanged(const QString& channelId);
    // A quick reply was added, changed, removed or moved (an open composer offers the new library).
    void quickRepliesChanged();
    // Anything may have changed (another desk's changes too many to list, or missed while the connection to a
    // team's database was down): views re-read what they show.
    void reloadNeeded();

private:
    const QString m_originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

} // namespace wabadesk::store
