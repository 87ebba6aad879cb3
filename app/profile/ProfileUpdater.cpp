#include "profile/ProfileUpdater.h"

#include "api/ApiClient.h"
#include "store/Store.h"

#include <QMetaObject>
#include <QPointer>

namespace wabadesk::profile {

namespace {

void later(QObject* context, std::function<void(const UpdateOutcome&)> done, UpdateOutcome outcome)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); }, Qt::QueuedConnection);
}

} // namespace

QList<ProfileAuditEntry> auditEntries(const QString& channelId, const BusinessProfile& before,
                                      const BusinessProfileUpdate& update, const QString& by, const QString& photoNote)
{
    QList<ProfileAuditEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Field field : fieldsIn(update)) {
        ProfileAuditEntry e;
        e.at = now;
        e.channelId = channelId;
        e.field = fieldKey(field);
        e.by = by;
        if (field == Field::Photo) {
            e.oldValue = before.profilePictureUrl.isEmpty() ? QString() : QStringLiteral("(previous photo)");
            e.newValue = photoNote.isEmpty() ? QStringLiteral("(new photo)") : photoNote;
        } else {
            e.oldValue = valueText(before, field);
            e.newValue = valueText(update, field);
        }
        entries.append(e);
    }
    return entries;
}

api::ApiCall* sendUpdate(api::ApiClient* client, store::Store* audit, const QString& channelId,
                         const BusinessProfile& before, const BusinessProfileUpdate& update, const QString& by,
                         QObject* context, std::function<void(const UpdateOutcome&)> done, const QString& photoNote)
{
    UpdateOutcome outcome;
    if (update.isEmpty()) {
        later(context, std::move(done), outcome);
        return nullptr;
    }
    outcome.problems = validate(update, &before);
    if (!outcome.problems.isEmpty()) {
        outcome.status = UpdateOutcome::Status::Refused;
        later(context, std::move(done), outcome);
        return nullptr;
    }
    QPointer<store::Store> store(audit);
    return client->updateBusinessProfile(
        update, context,
        [store, channelId, before, update, by, photoNote, done = std::move(done)](const api::Result<bool>& result) {
            UpdateOutcome out;
            out.sent = update;
            if (!result.ok()) {
                out.status = UpdateOutcome::Status::Failed;
                out.error = result.error();
                done(out);
                return;
            }
            out.status = UpdateOutcome::Status::Saved;
            if (store)
                out.auditWritten = store->appendProfileAudit(auditEntries(channelId, before, update, by, photoNote));
            done(out);
        });
}

} // namespace wabadesk::profile
