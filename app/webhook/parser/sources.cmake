# Sources of the webhook payload parser, relative to app/ (pure functions over JSON, REFERENCE.md §6 and §10).
set(WABADESK_WEBHOOK_PARSER_SOURCES
    model/WebhookEvents.h
    webhook/parser/ErrorItems.cpp webhook/parser/ErrorItems.h
    webhook/parser/EventItemParser.cpp webhook/parser/EventItemParser.h
    webhook/parser/JsonReader.cpp webhook/parser/JsonReader.h
    webhook/parser/MessageItemParser.cpp webhook/parser/MessageItemParser.h
    webhook/parser/StatusItemParser.cpp webhook/parser/StatusItemParser.h
    webhook/parser/TemplateEventParser.cpp webhook/parser/TemplateEventParser.h
    webhook/parser/WebhookParser.cpp webhook/parser/WebhookParser.h
)
