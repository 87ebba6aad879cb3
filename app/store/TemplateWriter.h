#pragma once

#include "model/Template.h"
#include "model/WebhookEvents.h"
#include "store/SqlStatement.h"

namespace wabadesk::store {

// The template cache: rows from polling GET /v1/configs/templates (REFERENCE.md §3.1) and updates from the template
// webhooks (§6.5). Polling stays the source of truth (§6.5 "Delivery through 360dialog"); a webhook only changes
// the fields it carries.
class TemplateWriter {
public:
    bool prepare(const QSqlDatabase& db, QString* error);
    bool apply(const QString& channelId, const TemplateEvent& event, QString* error);
    bool save(const QString& channelId, const Template& t, QString* error);

private:
    SqlStatement m_upsert;
    SqlStatement m_notice;
};

} // namespace wabadesk::store
