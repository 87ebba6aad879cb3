# The outbox: the sender that works the store's queue and the UI's one way to queue a message (issue #5 §6).
set(WABADESK_OUTBOX_SOURCES
    outbox/MessageSender.cpp outbox/MessageSender.h
    outbox/OutboxLogging.cpp outbox/OutboxLogging.h
    outbox/OutboxPayload.cpp outbox/OutboxPayload.h
    outbox/OutboxPolicy.cpp outbox/OutboxPolicy.h
    outbox/OutboxSender.cpp outbox/OutboxSender.h
    outbox/SendPacer.cpp outbox/SendPacer.h
)
