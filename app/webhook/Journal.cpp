#include "webhook/Journal.h"

#include "common/DurableFile.h"
#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <map>

namespace wabadesk::webhook {

namespace {

// Record: magic, payload length, CRC-32 of the payload, then the payload:
// seq (i64), receivedAtMs (i64), peer length (u16), peer, body. Little-endian.
constexpr quint32 kMagic = 0x4A424457; // "WDBJ"
constexpr int kHeaderBytes = 12;
constexpr int kFixedPayloadBytes = 8 + 8 + 2;
constexpr qint64 kMaxRecordBytes = 64LL * 1024 * 1024;

QString segmentName(qint64 firstSeq)
{
    return QStringLiteral("%1.wbj").arg(firstSeq, 16, 10, QLatin1Char('0'));
}

// Segments by first seq.
std::map<qint64, QString> listSegments(const QString& dir)
{
    std::map<qint64, QString> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.wbj")}, QDir::Files);
    for (const QString& f : files) {
        bool ok = false;
        const qint64 first = f.chopped(4).toLongLong(&ok);
        if (ok && first > 0)
            out.emplace(first, QDir(dir).filePath(f));
    }
    return out;
}

// The platform's own path for a file of the journal (wide on Windows: common/DurableFile.h).
std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Reads the records of one segment file from `offset`; stops at the end or at the first damaged record.
// Calls `visit(entry, endOffset)`; returns the offset after the last good record.
template <typename Visit>
qint64 scanSegment(QFile& file, qint64 offset, Visit visit)
{
    file.seek(offset);
    const qint64 size = file.size();
    while (offset + kHeaderBytes <= size) {
        char header[kHeaderBytes];
        if (file.read(header, kHeaderBytes) != kHeaderBytes)
            break;
        const quint32 magic = qFromLittleEndian<quint32>(header);
        const quint32 length = qFromLittleEndian<quint32>(header + 4);
        const quint32 crc = qFromLittleEndian<quint32>(header + 8);
        if (magic != kMagic || length < kFixedPayloadBytes || length > kMaxRecordBytes ||
            offset + kHeaderBytes + length > size)
            break;
        const QByteArray payload = file.read(length);
        if (payload.size() != qsizetype(length) ||
            crc32(0L, reinterpret_cast<const Bytef*>(payload.constData()), uInt(length)) != crc)
            break;
        Journal::Entry e;
        e.seq = qFromLittleEndian<qint64>(payload.constData());
        e.receivedAtMs = qFromLittleEndian<qint64>(payload.constData() + 8);
        const quint16 peerLength = qFromLittleEndian<quint16>(payload.constData() + 16);
        if (kFixedPayloadBytes + peerLength > qsizetype(length))
            break;
        e.peer = payload.mid(kFixedPayloadBytes, peerLength);
        e.body = payload.mid(kFixedPayloadBytes + peerLength);
        offset += kHeaderBytes + length;
        if (!visit(e, offset))
            break;
    }
    return offset;
}

// Creates `path` filled with `bytes` zeros and makes it durable. Written zeros, not a sparse file or fallocate:
// only blocks that were really written let later overwrites sync without metadata.
bool createZeroFilled(const QString& path, qint64 bytes)
{
    const int fd = durable::openForWriting(nativePath(path), durable::Create::Truncate);
    if (fd < 0)
        return false;
    const QByteArray zeros(1024 * 1024, '\0');
    bool ok = true;
    for (qint64 done = 0; ok && done < bytes; done += zeros.size())
        ok = durable::writeAt(fd, zeros.constData(), std::min<qint64>(zeros.size(), bytes - done), done);
    ok = ok && durable::syncData(fd);
    durable::close(fd);
    return ok;
}

bool isAllZero(QFile& file, qint64 from)
{
    file.seek(from);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        for (char c : chunk)
            if (c != 0)
                return false;
    }
    return true;
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

void Journal::prepareNextSegment()
{
    const QString temporary = QDir(m_dir).filePath(QStringLiteral("next.wbj.tmp"));
    if (createZeroFilled(temporary, m_options.segmentBytes))
        QFile::rename(temporary, preparedPath()); // complete files only ever carry the .prep name
    else
        QFile::remove(temporary);
    m_preparing = false;
}

Journal::~Journal()
{
    if (m_preparer.joinable())
        m_preparer.join();
    std::unique_lock lock(m_mutex);
    m_durableChanged.wait(lock, [this] { return !m_syncing; });
    if (m_fd >= 0) {
        durable::syncData(m_fd);
        durable::close(m_fd);
    }
    durable::unlock(m_lockFd);
}

std::unique_ptr<Journal> Journal::open(const QString& dir, QString* error, Options options)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create the journal directory %1").arg(dir);
        return nullptr;
    }
    std::unique_ptr<Journal> journal(new Journal(QDir(dir).absolutePath(), options));
    journal->m_lockFd = durable::lockExclusive(nativePath(QDir(dir).filePath(QStringLiteral("lock"))));
    if (journal->m_lockFd < 0) {
        if (error)
            *error = QStringLiteral("the journal in %1 is in use by another WabaDesk process (the app or "
                                    "`wabadesk-cli listen`)")
                         .arg(dir);
        return nullptr;
    }
    if (!journal->recover(error))
        return nullptr;
    return journal;
}

bool Journal::recover(QString* error)
{
    QFile::remove(QDir(m_dir).filePath(QStringLiteral("next.wbj.tmp"))); // an interrupted preparation
    const auto segments = listSegments(m_dir);
    qint64 lastSeq = 0;
    qint64 lastFirst = 0;
    qint64 writeOffset = 0;
    for (auto it = segments.begin(); it != segments.end(); ++it) {
        const auto& [first, path] = *it;
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite)) {
            if (error)
                *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
            return false;
        }
        const qint64 good = scanSegment(file, 0, [&](const Entry& e, qint64) {
            if (e.seq <= lastSeq)
                return false; // sequence must grow; anything else is damage
            lastSeq = e.seq;
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
    m_writtenSeq = m_durableSeq = lastSeq;
    return openSegment(lastFirst > 0 ? lastFirst : m_nextSeq, lastFirst > 0 ? writeOffset : 0, error);
}

bool Journal::openSegment(qint64 firstSeq, qint64 writeOffset, QString* error)
{
    const QString path = QDir(m_dir).filePath(segmentName(firstSeq));
    if (!QFile::exists(path)) {
        // A new segment: the prepared one if the preparer finished, else zero-filled now (the first segment).
        const bool adopted = QFile::exists(preparedPath()) && QFile::rename(preparedPath(), path);
        if (!adopted && m_options.preallocate && !createZeroFilled(path, m_options.segmentBytes)) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(path);
            return false;
        }
        durable::syncDirectory(nativePath(m_dir)); // the new file's name must survive a crash too
    }
    std::string reason;
    const int fd = durable::openForWriting(nativePath(path), durable::Create::IfMissing, &reason);
    if (fd < 0) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromStdString(reason));
        return false;
    }
    durable::syncData(fd);
    m_fd = fd;
    m_segmentFirstSeq = firstSeq;
    m_segmentSize = writeOffset;
    return true;
}

qint64 Journal::append(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs, QString* error)
{
    const QByteArray peerBytes = peer.left(255);
    const quint32 length = quint32(kFixedPayloadBytes + peerBytes.size() + body.size());
    if (length > kMaxRecordBytes) {
        if (error)
            *error = QStringLiteral("record too large");
        return -1;
    }
    // Everything but the sequence number is prepared outside the lock; its CRC is combined in afterwards.
    QByteArray record(kHeaderBytes + qsizetype(length), Qt::Uninitialized);
    char* p = record.data();
    qToLittleEndian<quint32>(kMagic, p);
    qToLittleEndian<quint32>(length, p + 4);
    qToLittleEndian<qint64>(receivedAtMs, p + kHeaderBytes + 8);
    qToLittleEndian<quint16>(quint16(peerBytes.size()), p + kHeaderBytes + 16);
    std::memcpy(p + kHeaderBytes + kFixedPayloadBytes, peerBytes.constData(), size_t(peerBytes.size()));
    std::memcpy(p + kHeaderBytes + kFixedPayloadBytes + peerBytes.size(), body.constData(), size_t(body.size()));
    const uLong restLength = uLong(length - 8);
    const uLong restCrc = crc32(0L, reinterpret_cast<const Bytef*>(p + kHeaderBytes + 8), uInt(restLength));

    std::unique_lock lock(m_mutex);
    if (m_failed) {
        if (error)
            *error = QStringLiteral("the journal failed earlier and accepts no more records");
        return -1;
    }
    if (m_segmentSize + record.size() > m_options.segmentBytes && m_writtenSeq >= m_segmentFirstSeq) {
        // Rotate: make the old segment durable first (waiting for a sync in progress), then start a new one.
        m_durableChanged.wait(lock, [this] { return !m_syncing; });
        if (durable::syncData(m_fd)) {
            m_durableSeq = m_writtenSeq;
            durable::close(m_fd);
            m_fd = -1;
            QString e;
            if (!openSegment(m_nextSeq, 0, &e)) {
                m_failed = true;
                qCCritical(lcWebhook) << "journal:" << e;
            }
        } else {
            m_failed = true;
        }
        m_durableChanged.notify_all();
        if (m_failed) {
            if (error)
                *error = QStringLiteral("could not start a new journal segment");
            return -1;
        }
    }
    const qint64 seq = m_nextSeq++;
    qToLittleEndian<qint64>(seq, p + kHeaderBytes);
    const uLong seqCrc = crc32(0L, reinterpret_cast<const Bytef*>(p + kHeaderBytes), 8);
    qToLittleEndian<quint32>(quint32(crc32_combine(seqCrc, restCrc, z_off_t(restLength))), p + 8);
    if (std::string reason; !durable::writeAt(m_fd, record.constData(), record.size(), m_segmentSize, &reason)) {
        m_failed = true; // a partial record may be on disk: recovery will cut it off
        if (error)
            *error = QStringLiteral("write failed: %1").arg(QString::fromStdString(reason));
        qCCritical(lcWebhook) << "journal write failed:" << reason.c_str();
        m_durableChanged.notify_all();
        return -1;
    }
    m_segmentSize += record.size();
    m_writtenSeq = seq;
    ++m_stats.appends;
    // Half-way through a segment, zero-fill the next one in the background.
    if (m_options.preallocate && m_segmentSize > m_options.segmentBytes / 2 && !m_preparing &&
        !QFile::exists(preparedPath())) {
        if (m_preparer.joinable())
            m_preparer.join(); // the previous preparation has finished (m_preparing is false)
        m_preparing = true;
        m_preparer = std::thread([this] { prepareNextSegment(); });
    }

    // Group commit: whoever finds no sync running syncs everything written so far; the others wait for it.
    while (m_durableSeq < seq && !m_failed) {
        if (m_syncing) {
            m_durableChanged.wait(lock);
            continue;
        }
        m_syncing = true;
        const qint64 target = m_writtenSeq;
        const int fd = m_fd;
        lock.unlock();
        const bool synced = durable::syncData(fd);
        lock.lock();
        m_syncing = false;
        ++m_stats.syncs;
        if (synced)
            m_durableSeq = std::max(m_durableSeq, target);
        else
            m_failed = true;
        m_durableChanged.notify_all();
    }
    if (m_failed && m_durableSeq < seq) {
        if (error)
            *error = QStringLiteral("sync failed");
        return -1;
    }
    return seq;
}

QList<Journal::Entry> Journal::readAfter(qint64 after, int max) const
{
    qint64 durable = 0;
    {
        std::lock_guard lock(m_mutex);
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
        scanSegment(file, offset, [&](const Entry& e, qint64 end) {
            if (e.seq > durable || out.size() >= max)
                return false;
            if (e.seq > after) {
                out.append(e);
                m_cursor = {first, end, e.seq};
            }
            return true;
        });
    }
    return out;
}

qint64 Journal::waitForMore(qint64 after, int timeoutMs) const
{
    std::unique_lock lock(m_mutex);
    m_durableChanged.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                              [&] { return m_durableSeq > after || m_failed; });
    return m_durableSeq;
}

qint64 Journal::lastSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_durableSeq;
}

void Journal::releaseUpTo(qint64 upTo)
{
    std::lock_guard lock(m_mutex);
    const auto segments = listSegments(m_dir);
    for (auto it = segments.begin(); it != segments.end(); ++it) {
        const auto next = std::next(it);
        if (next == segments.end() || it->first == m_segmentFirstSeq)
            break; // never the active segment
        if (next->first - 1 <= upTo)
            QFile::remove(it->second);
    }
}

Journal::Stats Journal::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace wabadesk::webhook
