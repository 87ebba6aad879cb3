#include "webhook/HistoryPurge.h"

#include "common/Logging.h"
#include "common/PhoneInput.h"
#include "media/MediaCache.h"
#include "store/Store.h"
#include "webhook/Journal.h"
#include "webhook/parser/WebhookParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace wabadesk::webhook {

namespace {

// Strings every body that carries the channel contains (a cheap test before parsing).
QStringList hintsFor(const Channel& channel)
{
    QStringList hints;
    if (!channel.phoneNumberId.isEmpty())
        hints << channel.phoneNumberId;
    if (const QString digits = phoneDigits(channel.phoneNumber); digits.size() >= 6)
        hints << digits;
    return hints;
}

// The translation context of the texts below (lupdate files these calls under it).
struct HistoryPurge {
    Q_DECLARE_TR_FUNCTIONS(HistoryPurge)
};

} // namespace

bool carriesChannel(const Channel& channel, const QByteArray& body)
{
    const QStringList hints = hintsFor(channel);
    const bool mayCarry =
        std::any_of(hints.cbegin(), hints.cend(), [&](const QString& h) { return body.contains(h.toLatin1()); });
    if (!mayCarry)
        return false;
    const QString digits = phoneDigits(channel.phoneNumber);
    for (const WebhookChange& change : parseWebhook(body).changes) {
        if (!channel.phoneNumberId.isEmpty() && change.phoneNumberId == channel.phoneNumberId)
            return true;
        if (!digits.isEmpty() && phoneDigits(change.displayPhoneNumber) == digits)
            return true;
    }
    return false;
}

bool purgeChannelHistory(const store::StoreLocation& location, const Channel& channel, Journal* journal,
                         HistoryPurgeReport* report, QString* error)
{
    *report = HistoryPurgeReport();
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        qCWarning(lcWebhook) << "history purge failed:" << why;
        return false;
    };
    // The journal first: without it nothing may be deleted (its records would bring the history back).
    std::unique_ptr<Journal> ownJournal;
    if (!journal) {
        QString why;
        ownJournal = Journal::open(QDir(location.dataDir).filePath(QStringLiteral("journal")), &why);
        if (!ownJournal)
            return fail(
                HistoryPurge::tr("The webhook journal cannot be opened (%1). Stop the running WabaDesk (the app or "
                                 "`wabadesk-cli listen`) or remove the channel there.")
                    .arg(why));
        journal = ownJournal.get();
    }
    QString why;
    auto store = store::Store::open(location, &why);
    if (!store)
        return fail(HistoryPurge::tr("The store cannot be opened: %1").arg(why));
    store::ChannelPurge purge;
    purge.channelId = channel.id;
    purge.bodyHints = hintsFor(channel);
    purge.carries = [channel](const QByteArray& body) {
        return carriesChannel(channel, body);
    };
    store::PurgeCounts counts;
    if (!store->purgeChannel(purge, &counts))
        return fail(HistoryPurge::tr("The history could not be deleted from the store: %1").arg(store->lastError()));
    report->messages = counts.messages;
    report->conversations = counts.conversations;
    report->contacts = counts.contacts;
    report->journalRows = counts.journalRows;

    const int records =
        journal->purge([channel](const QByteArray& body) { return carriesChannel(channel, body); }, &why);
    if (records < 0)
        return fail(HistoryPurge::tr("The webhook journal could not be cleaned: %1").arg(why));
    report->journalRecords = records;

    // Media: the files the store knew of, and everything under the channel's folder of the media archive.
    const QString root = QDir(media::MediaCache(location.dataDir).root()).absolutePath() + QLatin1Char('/');
    for (const QString& path : std::as_const(counts.mediaFiles))
        if (QDir::cleanPath(QDir(location.dataDir).absoluteFilePath(path)).startsWith(root) && QFile::remove(path))
            ++report->mediaFiles;
    const QString channelDir = media::MediaCache(location.dataDir).channelDir(channel.id);
    QDirIterator files(channelDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        ++report->mediaFiles;
    }
    if (QFileInfo::exists(channelDir) && !QDir(channelDir).removeRecursively())
        return fail(HistoryPurge::tr("The channel's media folder %1 could not be deleted.")
                        .arg(QDir::toNativeSeparators(channelDir)));
    qCInfo(lcWebhook) << "history of channel" << channel.name << "purged:" << report->messages << "messages,"
                      << report->journalRows + report->journalRecords << "raw bodies," << report->mediaFiles
                      << "media files";
    return true;
}

} // namespace wabadesk::webhook
