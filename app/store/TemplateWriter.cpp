#include "store/TemplateWriter.h"

#include <QDateTime>
#include <QJsonDocument>

namespace wabadesk::store {

bool TemplateWriter::prepare(const QSqlDatabase& db, QString* error)
{
    // template_category_update and message_template_components_update leave a notice on the template (issue #16):
    // what changed, from what to what, when. The library shows it until the template is next edited.
    static const char* const noticeSql =
        "UPDATE templates SET notice_kind = :kind, notice_from = :from, notice_to = :to, notice_at = :at"
        " WHERE channel_id = :channel AND name = :name AND language = :language";
    return m_notice.prepare(db, QLatin1String(noticeSql), error) &&
           m_upsert.prepare(
               db,
               QStringLiteral(
                   "INSERT INTO templates (channel_id, name, language, template_id, category, status, quality,"
                   " rejected_reason, components, raw, updated_at_ms)"
                   " VALUES (:channel, :name, :language, :id, :category, :status, :quality, :rejected,"
                   " :components, :raw, :now)"
                   " ON CONFLICT (channel_id, name, language) DO UPDATE SET"
                   " template_id = COALESCE(excluded.template_id, templates.template_id),"
                   " category = COALESCE(excluded.category, templates.category),"
                   " status = COALESCE(excluded.status, templates.status),"
                   " quality = COALESCE(excluded.quality, templates.quality),"
                   " rejected_reason = COALESCE(excluded.rejected_reason, templates.rejected_reason),"
                   " components = COALESCE(excluded.components, templates.components),"
                   " raw = COALESCE(excluded.raw, templates.raw),"
                   " updated_at_ms = excluded.updated_at_ms"),
               error);
}

bool TemplateWriter::apply(const QString& channelId, const TemplateEvent& e, QString* error)
{
    if (e.name.isEmpty())
        return true;
    QString category;
    QString status;
    QString quality;
    QString rejected;
    switch (e.kind) {
    case TemplateEvent::Kind::Status:
        status = e.event; // APPROVED, REJECTED, PAUSED, … (upper case, §11.1 item 4)
        category = e.category;
        rejected = e.reason;
        break;
    case TemplateEvent::Kind::Quality:
        quality = e.newQuality;
        break;
    case TemplateEvent::Kind::Category:
        category = e.newCategory;
        break;
    case TemplateEvent::Kind::Components:
        break; // the new components come with the next poll
    }
    m_upsert.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":name"), e.name)
        .bind(QStringLiteral(":language"), e.language)
        .bind(QStringLiteral(":id"), nullIfEmpty(e.templateId))
        .bind(QStringLiteral(":category"), nullIfEmpty(category))
        .bind(QStringLiteral(":status"), nullIfEmpty(status))
        .bind(QStringLiteral(":quality"), nullIfEmpty(quality))
        .bind(QStringLiteral(":rejected"), nullIfEmpty(rejected))
        .bind(QStringLiteral(":components"), nullIfEmpty(QString()))
        .bind(QStringLiteral(":raw"), nullIfEmpty(QString()))
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    if (!m_upsert.exec(error))
        return false;
    if (e.kind != TemplateEvent::Kind::Category && e.kind != TemplateEvent::Kind::Components)
        return true;
    QString kind;
    QString from;
    QString to;
    if (e.kind == TemplateEvent::Kind::Category) {
        // Completed: previous → new. Announced: the category will become correct_category at
        // category_update_timestamp (REFERENCE.md §6.5).
        const bool planned = !e.correctCategory.isEmpty() && e.previousCategory.isEmpty();
        kind = planned ? QStringLiteral("category_planned") : QStringLiteral("category");
        from = planned ? e.newCategory : e.previousCategory;
        to = planned ? e.correctCategory : e.newCategory;
    } else {
        kind = QStringLiteral("components");
        to = e.raw.value(QLatin1String("message_template_element")).toString();
    }
    const qint64 at = e.categoryUpdateTimestamp > 0 ? e.categoryUpdateTimestamp
                      : e.time > 0                  ? e.time
                                                    : QDateTime::currentSecsSinceEpoch();
    m_notice.bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":from"), nullIfEmpty(from))
        .bind(QStringLiteral(":to"), nullIfEmpty(to))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":name"), e.name)
        .bind(QStringLiteral(":language"), e.language);
    return m_notice.exec(error);
}

bool TemplateWriter::save(const QString& channelId, const Template& t, QString* error)
{
    m_upsert.bind(QStringLiteral(":channel"), channelId)
        .bind(QStringLiteral(":name"), t.name)
        .bind(QStringLiteral(":language"), t.language)
        .bind(QStringLiteral(":id"), nullIfEmpty(t.id))
        .bind(QStringLiteral(":category"), nullIfEmpty(t.category))
        .bind(QStringLiteral(":status"), nullIfEmpty(t.status))
        .bind(QStringLiteral(":quality"), nullIfEmpty(t.qualityScore))
        .bind(QStringLiteral(":rejected"), nullIfEmpty(t.rejectedReason))
        .bind(QStringLiteral(":components"),
              QString::fromUtf8(QJsonDocument(t.components).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":raw"), QString::fromUtf8(QJsonDocument(t.raw).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch());
    return m_upsert.exec(error);
}

} // namespace wabadesk::store
