#pragma once

#include "model/Channel.h"
#include "store/StoreLocation.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace wabadesk::webhook {

class Journal;

struct HistoryPurgeReport {
    int messages = 0;
    int conversations = 0;
    int contacts = 0;
    int journalRows = 0;    // the store's raw-body copies
    int journalRecords = 0; // records of the listener's journal replaced
    int mediaFiles = 0;
};

// Whether a raw webhook body carries the channel: one of its changes is for the channel's phone-number id, or for
// its number (metadata.display_phone_number, REFERENCE.md §5.2).
bool carriesChannel(const Channel& channel, const QByteArray& body);

// Deletes a channel's local history wherever WabaDesk keeps it (issue #15, item 7): every row of it in the store
// (and the raw-body copies; the database then forgets the deleted content), the records of the webhook journal that
// carry it, and its media files. `journal`: the journal when this process has it open (the listener runs; its
// ingest worker must be held meanwhile); else it is opened here (<location.dataDir>/journal), and the purge fails
// before deleting anything when another process (the app or `wabadesk-cli listen`) has it. False and why on failure.
bool purgeChannelHistory(const store::StoreLocation& location, const Channel& channel, Journal* journal,
                         HistoryPurgeReport* report, QString* error);

} // namespace wabadesk::webhook
