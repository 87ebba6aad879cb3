# Sources of the message store, relative to app/ (Qt SQL; SQLite-only SQL in store/SqliteDialect.cpp, PostgreSQL's
# in store/PostgresDialect.cpp,
# libphonenumber only in store/PhoneFormat.cpp).
set(WABADESK_STORE_SOURCES
    model/Call.h
    model/Conversation.h
    model/JournalEntry.h
    model/MediaItem.h
    model/OutboxItem.h
    model/StoredMessage.h
    store/ChangeHub.h
    store/ChangeAnnouncer.cpp store/ChangeAnnouncer.h
    store/ChangeNotice.cpp store/ChangeNotice.h
    store/RemoteChanges.cpp store/RemoteChanges.h
    store/RemoteChangesThread.cpp store/RemoteChangesThread.h
    store/CallWriter.cpp store/CallWriter.h
    store/ChannelPurge.cpp store/ChannelPurge.h
    store/ChangeSet.h
    store/ContactIdentities.cpp store/ContactIdentities.h
    store/ConversationWriter.cpp store/ConversationWriter.h
    store/EditWriter.cpp store/EditWriter.h
    store/GroupWriter.cpp store/GroupWriter.h
    store/Ingestor.cpp store/Ingestor.h
    store/JournalBindings.cpp store/JournalBindings.h
    store/MediaLibrary.cpp store/MediaLibrary.h
    store/MessageWriter.cpp store/MessageWriter.h
    store/OutboxWriter.cpp store/OutboxWriter.h
    model/ProfileAuditEntry.h
    store/ProfileAuditTable.cpp store/ProfileAuditTable.h
    model/QuickReply.h
    store/QuickReplyTable.cpp store/QuickReplyTable.h
    store/PhoneFormat.cpp store/PhoneFormat.h
    store/PostgresAddress.cpp store/PostgresAddress.h
    store/PostgresDialect.cpp store/PostgresDialect.h
    store/PreferenceWriter.cpp store/PreferenceWriter.h
    store/Schema.cpp store/Schema.h
    store/SchemaV8.cpp store/SchemaV8.h
    store/SearchIndexWriter.cpp store/SearchIndexWriter.h
    store/SqlDialect.h store/SqliteDialect.cpp
    store/SqlStatement.cpp store/SqlStatement.h
    store/StatusWriter.cpp store/StatusWriter.h
    store/Store.cpp store/Store.h
    store/StoreConnection.cpp store/StoreConnection.h
    store/StoreLocation.cpp store/StoreLocation.h
    store/StoreLogging.cpp store/StoreLogging.h
    store/StoreReader.cpp store/StoreReader.h
    store/StoreTypes.h
    store/TemplateWriter.cpp store/TemplateWriter.h
    store/TimelineWriter.cpp store/TimelineWriter.h
)
