#include "webhook/Journal.h"

#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "webhook/JournalFile.h"
#include "webhook/JournalFormat.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <future>

namespace wabadesk::webhook {

using namespace journalformat;

namespace {

const auto kIdentityFile = QStringLiteral("journal.id");

bool isIdentity(const QString& id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id)
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return false;
    return true;
}

// The same number of bytes as `size`, saying that a purge removed what was here: valid JSON when there is room, so
// that a purged record still waiting to be ingested is quarantined as "not a webhook envelope".
QByteArray purgedBody(qsizetype size)
{
    static const QByteArray marker = QByteArrayLiteral("{\"purged\":true}");
    if (size < marker.size())
        return QByteArray(size, ' ');
    return marker + QByteArray(size - marker.size(), ' ');
}

} // namespace

Journal::Journal(QString dir, Options options)
    : m_dir(std::move(dir))
    , m_options(options)
{}

QString Journal::preparedPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("next.wbj.prep"));
}

std::unique_ptr<Journal> Journal::open(const QString& dir, QString* error, Options options)
{
    if (!makePrivateDirectory(dir)) {
        if (error)
            *error = QStringLiteral("cannot create the journal directory %1").arg(dir);
        return nullptr;
    }
    std::unique_ptr<Journal> journal(new Journal(QDir(dir).absolutePath(), options));
    journal->m_lock = journalfile::DirectoryLock::acquire(journal->m_dir, error);
    if (!journal->m_lock || !journal->recover(error) || !journal->loadIdentity(error))
        return nullptr;
    journal->m_writer = std::thread([j = journal.get()] { j->writerLoop(); });
    return journal;
}

Journal::~Journal()
{
    {
        std::lock_guard lock(m_queueMutex);
        m_stopping = true;
    }
    m_queueChanged.notify_all();
    if (m_writer.joinable())
        m_writer.join(); // it writes what is queued first
    if (m_preparer.joinable())
        m_preparer.join();
    m_file.reset();
    m_lock.reset();
}

bool Journal::loadIdentity(QString* error)
{
    QFile file(QDir(m_dir).filePath(kIdentityFile));
    if (file.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromLatin1(file.read(64)).trimmed();
        if (isIdentity(id)) {
            m_id = id;
            return true;
        }
        qCWarning(lcWebhook) << "journal: unreadable identity in" << file.fileName() << "- a new one is given";
    }
    m_adopted = lastSeq() > 0; // records written before journals had identities
    return renewIdentity(error);
}

bool Journal::writeIdentity(const QString& id, QString* error)
{
    const QString path = QDir(m_dir).filePath(kIdentityFile);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(id.toLatin1() + '\n') < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    makePrivateFile(path);
    journalfile::syncDirectory(m_dir);
    return true;
}

bool Journal::renewIdentity(QString* error)
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    if (!writeIdentity(id, error))
        return false;
    std::lock_guard lock(m_stateMutex);
    m_id = id;
    return true;
}

QString Journal::id() const
{
    std::lock_guard lock(m_stateMutex);
    return m_id;
}

bool Journal::recover(QString* error)
{
    QFile::remove(QDir(m_dir).filePath(QStringLiteral("next.wbj.tmp"))); // an interrupted preparation
    for (const QString& f : QDir(m_dir).entryList({QStringLiteral("*.purge.tmp")}, QDir::Files))
        QFile::remove(QDir(m_dir).filePath(f)); // an interrupted purge (the segment it was for is intact)
    const auto segments = listSegments(m_dir);
    qint64 lastSeq = 0;
    qint64 firstSeq = 0;
    qint64 lastFirst = 0;
    qint64 writeOffset = 0;
    for (const auto& [first, path] : segments) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite)) {
            if (error)
                *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
            return false;
        }
        makePrivateFile(path);
        const qint64 good = scanSegment(file, 0, [&](const DecodedRecord& r) {
            if (r.seq <= lastSeq)
                return false; // sequence must grow; anything else is damage
            if (firstSeq == 0)
                firstSeq = r.seq;
            lastSeq = r.seq;
            return true;
        });
        // Zeros after the last record are preallocated space; anything else is a torn or damaged tail, cut off so
        // that appends continue right after the last good record.
        if (good < file.size() && !isAllZero(file, good)) {
            m_stats.recoveredTornBytes += file.size() - good;
            qCWarning(lcWebhook) << "journal: cut" << (file.size() - good) << "damaged bytes off" << path;
            file.resize(good);
            file.flush();
        }
        lastFirst = first;
        writeOffset = good;
    }
    m_nextSeq = lastSeq + 1;
    m_durableSeq = lastSeq;
    m_firstSeq = firstSeq;
    std::lock_guard lock(m_fileMutex);
    QString why;
    if (!openSegment(lastFirst > 0 ? lastFirst : m_nextSeq, lastFirst > 0 ? writeOffset : 0, true, &why)) {
        // Opened all the same: it answers 503 and keeps trying (a full disk at start-up recovers like any other).
        m_health = {false, why};
        m_writable = false;
        qCWarning(lcWebhook) << "journal: cannot write yet:" << why;
    }
    return true;
}

bool Journal::openSegment(qint64 firstSeq, qint64 writeOffset, bool isFirst, QString* error)
{
    m_file.reset();
    const QString path = QDir(m_dir).filePath(segmentName(firstSeq));
    if (!QFile::exists(path)) {
        // The prepared segment if the preparer finished; else, when opening, zero-filled now (nothing waits for it
        // yet); else an empty file that grows, with the next one prepared in the background.
        const bool adopted = QFile::exists(preparedPath()) && journalfile::replaceFile(preparedPath(), path);
        QString ignored;
        if (!adopted && !(isFirst && m_options.preallocate &&
                          journalfile::createZeroFilled(path, m_options.segmentBytes, &ignored))) {
            QFile::remove(path);
            if (!journalfile::File::open(path, durable::Create::IfMissing, error))
                return false;
        }
        journalfile::syncDirectory(m_dir); // the new file's name must survive a crash too
    }
    m_file = journalfile::File::open(path, durable::Create::IfMissing, error);
    if (!m_file)
        return false;
    m_segmentFirstSeq = firstSeq;
    m_segmentSize = writeOffset;
    return true;
}

void Journal::appendAsync(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs, Completion done)
{
    if (kFixedPayloadBytes + qint64(body.size()) + kMaxPeerBytes > kMaxRecordBytes) {
        done(-1, QStringLiteral("record too large"));
        return;
    }
    UnsealedRecord record = prepareRecord(body, peer, receivedAtMs);
    QString refusal;
    bool wake = false;
    {
        std::lock_guard lock(m_queueMutex);
        if (m_stopping)
            refusal = QStringLiteral("the journal is closing");
        else if (m_queuedBytes + record.bytes.size() > m_options.maxQueuedBytes)
            refusal = QStringLiteral("too much is waiting to be written");
        if (refusal.isEmpty()) {
            wake = m_queue.empty();
            m_queuedBytes += record.bytes.size();
            m_queue.push_back({std::move(record.bytes), record.restCrc, std::move(done)});
        }
    }
    if (!refusal.isEmpty()) {
        done(-1, refusal);
        return;
    }
    if (wake)
        m_queueChanged.notify_one();
}

qint64 Journal::append(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs, QString* error)
{
    std::promise<std::pair<qint64, QString>> result;
    auto future = result.get_future();
    appendAsync(body, peer, receivedAtMs, [&result](qint64 seq, const QString& why) { result.set_value({seq, why}); });
    const auto [seq, why] = future.get();
    if (seq < 0 && error)
        *error = why;
    return seq;
}

void Journal::writerLoop()
{
    for (;;) {
        std::vector<Queued> batch;
        {
            std::unique_lock lock(m_queueMutex);
            const auto ready = [this] {
                return !m_queue.empty() || m_stopping;
            };
            if (m_writable)
                m_queueChanged.wait(lock, ready);
            else
                m_queueChanged.wait_for(lock, std::chrono::milliseconds(m_options.retryIntervalMs), ready);
            if (m_queue.empty() && m_stopping)
                return;
            batch.swap(m_queue);
            m_queuedBytes = 0;
        }
        if (batch.empty())
            probe();
        else
            writeBatch(batch);
    }
}

void Journal::writeBatch(std::vector<Queued>& batch)
{
    std::lock_guard lock(m_fileMutex);
    QByteArray buffer;
    std::vector<std::pair<qint64, Completion>> pending;
    pending.reserve(batch.size());
    const auto failFrom = [&](size_t index, const QString& why) {
        setHealthy(false, why);
        {
            std::lock_guard state(m_stateMutex);
            m_stats.failedAppends += qint64(batch.size() - index);
        }
        for (size_t i = index; i < batch.size(); ++i)
            batch[i].done(-1, why);
    };
    QString error;
    if (!m_file && !openSegment(m_nextSeq, 0, false, &error)) {
        failFrom(0, QStringLiteral("could not start a journal segment: %1").arg(error));
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        Queued& q = batch[i];
        const qint64 used = m_segmentSize + buffer.size();
        if (used > 0 && used + q.record.size() > m_options.segmentBytes) {
            // Full: what is buffered goes to this segment, then the next one starts (once, here, for everyone).
            if (!buffer.isEmpty() && !flush(buffer, pending, &error)) {
                failFrom(i, error);
                return;
            }
            if (!rotate(&error)) {
                failFrom(i, error);
                return;
            }
        }
        const qint64 seq = m_nextSeq++;
        sealRecord(&q.record, q.restCrc, seq);
        if (buffer.isEmpty())
            buffer = std::move(q.record);
        else
            buffer += q.record;
        pending.emplace_back(seq, std::move(q.done));
    }
    flush(buffer, pending, &error);
    if (m_options.preallocate && m_segmentSize > m_options.segmentBytes / 2)
        startPreparing();
}

bool Journal::flush(QByteArray& buffer, std::vector<std::pair<qint64, Completion>>& pending, QString* failure)
{
    QString error;
    const bool ok =
        m_file->writeAt(buffer.constData(), buffer.size(), m_segmentSize, &error) && m_file->syncData(&error);
    if (!ok && failure)
        *failure = error;
    const auto count = qint64(pending.size());
    {
        std::lock_guard state(m_stateMutex);
        ++m_stats.syncs;
        if (ok) {
            m_durableSeq = pending.back().first;
            m_stats.appends += count;
            if (m_firstSeq == 0)
                m_firstSeq = pending.front().first;
        } else {
            m_stats.failedAppends += count;
        }
    }
    if (ok) {
        m_segmentSize += buffer.size();
        m_durableChanged.notify_all();
        setHealthy(true, {});
        for (auto& [seq, done] : pending)
            done(seq, {});
    } else {
        // Nothing after the last durable record was acknowledged: its numbers are given again, and its bytes (if any
        // landed) are overwritten by the next write at the same place.
        m_nextSeq = pending.front().first;
        setHealthy(false, error);
        for (auto& [seq, done] : pending)
            done(-1, error);
    }
    buffer.clear();
    pending.clear();
    return ok;
}

bool Journal::rotate(QString* error)
{
    // The current segment's records were synced by flush(); the next segment takes the next number.
    QString why;
    if (openSegment(m_nextSeq, 0, false, &why))
        return true;
    m_file.reset(); // the next batch or probe tries again
    if (error)
        *error = QStringLiteral("could not start a new journal segment: %1").arg(why);
    return false;
}

void Journal::probe()
{
    std::lock_guard lock(m_fileMutex);
    QString error;
    if (!m_file && !openSegment(m_nextSeq, 0, false, &error)) {
        setHealthy(false, QStringLiteral("could not start a journal segment: %1").arg(error));
        return;
    }
    // Zeros where the next record goes: in a preallocated segment they change nothing; in a growing one they are a
    // zero tail, which is free space to recovery and is overwritten by the next record.
    const QByteArray zeros(4096, '\0');
    if (m_file->writeAt(zeros.constData(), zeros.size(), m_segmentSize, &error) && m_file->syncData(&error))
        setHealthy(true, {});
    else
        setHealthy(false, error);
}

void Journal::setHealthy(bool writable, const QString& problem)
{
    std::function<void(const Health&)> observer;
    Health health;
    {
        std::lock_guard lock(m_stateMutex);
        if (m_health.writable == writable) {
            if (!writable)
                m_health.problem = problem;
            return;
        }
        m_health = {writable, problem};
        if (writable)
            ++m_stats.recoveries;
        health = m_health;
        observer = m_healthObserver;
    }
    m_writable = writable;
    if (writable)
        qCInfo(lcWebhook) << "journal: writable again; deliveries are stored";
    else
        qCWarning(lcWebhook).noquote() << "journal: cannot write (" + problem +
                                              "); deliveries are answered 503 and retried until it can";
    if (observer)
        observer(health);
}

void Journal::startPreparing()
{
    if (m_preparing || QFile::exists(preparedPath()))
        return;
    if (m_preparer.joinable())
        m_preparer.join(); // the previous preparation has finished (m_preparing is false)
    m_preparing = true;
    m_preparer = std::thread([this] { prepareNextSegment(); });
}

void Journal::prepareNextSegment()
{
    const QString temporary = QDir(m_dir).filePath(QStringLiteral("next.wbj.tmp"));
    QString error;
    if (journalfile::createZeroFilled(temporary, m_options.segmentBytes, &error))
        journalfile::replaceFile(temporary, preparedPath()); // complete files only ever carry the .prep name
    else
        QFile::remove(temporary); // a full disk: the next segment will grow instead
    m_preparing = false;
}

QList<Journal::Entry> Journal::readAfter(qint64 after, int max) const
{
    qint64 durable = 0;
    {
        std::lock_guard lock(m_stateMutex);
        durable = m_durableSeq;
    }
    QList<Entry> out;
    if (after >= durable || max <= 0)
        return out;
    const auto segments = listSegments(m_dir);
    std::lock_guard cursorLock(m_cursorMutex);
    // Continue from the cursor when the caller asks for what follows the last read; else find the segment holding
    // after + 1 (the last one that starts at or before it) and scan it from the start.
    auto it = segments.end();
    qint64 offset = 0;
    if (m_cursor.lastSeq == after && segments.count(m_cursor.segmentFirstSeq)) {
        it = segments.find(m_cursor.segmentFirstSeq);
        offset = m_cursor.offset;
    } else {
        it = segments.upper_bound(after + 1);
        if (it != segments.begin())
            --it;
    }
    for (; it != segments.end() && out.size() < max; ++it, offset = 0) {
        QFile file(it->second);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const qint64 first = it->first;
        scanSegment(file, offset, [&](const DecodedRecord& r) {
            if (r.seq > durable || out.size() >= max)
                return false;
            if (r.seq > after) {
                out.append({r.seq, r.receivedAtMs, r.peer, r.body});
                m_cursor = {first, r.end, r.seq};
            }
            return true;
        });
    }
    return out;
}

qint64 Journal::waitForMore(qint64 after, int timeoutMs) const
{
    std::unique_lock lock(m_stateMutex);
    m_durableChanged.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_durableSeq > after; });
    return m_durableSeq;
}

qint64 Journal::lastSeq() const
{
    std::lock_guard lock(m_stateMutex);
    return m_durableSeq;
}

qint64 Journal::firstSeq() const
{
    std::lock_guard lock(m_stateMutex);
    return m_firstSeq;
}

void Journal::releaseUpTo(qint64 upTo)
{
    std::lock_guard lock(m_fileMutex);
    const auto segments = listSegments(m_dir);
    qint64 firstKept = 0;
    for (auto it = segments.begin(); it != segments.end(); ++it) {
        const auto next = std::next(it);
        if (next == segments.end() || it->first == m_segmentFirstSeq || next->first - 1 > upTo) {
            firstKept = it->first; // never the active segment
            break;
        }
        QFile::remove(it->second);
    }
    std::lock_guard state(m_stateMutex);
    if (firstKept > m_firstSeq && m_firstSeq > 0)
        m_firstSeq = firstKept;
}

bool Journal::canRelease(qint64 upTo)
{
    std::lock_guard lock(m_fileMutex);
    const auto segments = listSegments(m_dir);
    if (segments.size() < 2)
        return false;
    const auto first = segments.begin();
    const auto next = std::next(first);
    return first->first != m_segmentFirstSeq && next->first - 1 <= upTo;
}

int Journal::purge(const std::function<bool(const QByteArray& body)>& carries, QString* error)
{
    std::lock_guard lock(m_fileMutex);
    int replaced = 0;
    for (const auto& [first, path] : listSegments(m_dir)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return -1;
        }
        QList<DecodedRecord> hits;
        scanSegment(file, 0, [&](const DecodedRecord& r) {
            if (carries(r.body))
                hits.append(r);
            return true;
        });
        if (hits.isEmpty())
            continue;
        file.seek(0);
        QByteArray bytes = file.readAll();
        file.close();
        for (const DecodedRecord& r : std::as_const(hits)) {
            UnsealedRecord blank = prepareRecord(purgedBody(r.body.size()), r.peer, r.receivedAtMs);
            sealRecord(&blank.bytes, blank.restCrc, r.seq);
            std::copy(blank.bytes.cbegin(), blank.bytes.cend(), bytes.begin() + r.offset);
        }
        // Written whole to a new file, made durable, then renamed over the old one: a crash leaves one or the other.
        const QString temporary = path + QStringLiteral(".purge.tmp");
        QString why;
        auto copy = journalfile::File::open(temporary, durable::Create::Truncate, &why);
        if (!copy || !copy->writeAt(bytes.constData(), bytes.size(), 0, &why) || !copy->syncData(&why) ||
            !journalfile::replaceFile(temporary, path, &why)) {
            QFile::remove(temporary);
            if (error)
                *error = QStringLiteral("cannot rewrite %1: %2").arg(path, why);
            return -1;
        }
        copy.reset();
        journalfile::syncDirectory(m_dir);
        if (first == m_segmentFirstSeq && m_file) {
            m_file = journalfile::File::open(path, durable::Create::IfMissing,
                                             &why); // the old file is gone; write to the new one
            if (!m_file)
                qCWarning(lcWebhook) << "journal: reopening after the purge failed:" << why;
        }
        replaced += int(hits.size());
    }
    std::lock_guard cursorLock(m_cursorMutex);
    m_cursor = {};
    return replaced;
}

Journal::Health Journal::health() const
{
    std::lock_guard lock(m_stateMutex);
    return m_health;
}

void Journal::setHealthObserver(std::function<void(const Health&)> observer)
{
    std::lock_guard lock(m_stateMutex);
    m_healthObserver = std::move(observer);
}

Journal::Stats Journal::stats() const
{
    std::lock_guard lock(m_stateMutex);
    return m_stats;
}

} // namespace wabadesk::webhook
