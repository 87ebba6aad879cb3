#include "webhook/JournalFormat.h"

#include <QDir>
#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace wabadesk::webhook::journalformat {

UnsealedRecord prepareRecord(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs)
{
    const QByteArray peerBytes = peer.left(kMaxPeerBytes);
    const auto length = quint32(kFixedPayloadBytes + peerBytes.size() + body.size());
    UnsealedRecord out;
    out.bytes = QByteArray(kHeaderBytes + qsizetype(length), Qt::Uninitialized);
    char* p = out.bytes.data();
    qToLittleEndian<quint32>(kMagic, p);
    qToLittleEndian<quint32>(length, p + 4);
    qToLittleEndian<qint64>(receivedAtMs, p + kHeaderBytes + 8);
    qToLittleEndian<quint16>(quint16(peerBytes.size()), p + kHeaderBytes + 16);
    std::memcpy(p + kHeaderBytes + kFixedPayloadBytes, peerBytes.constData(), size_t(peerBytes.size()));
    std::memcpy(p + kHeaderBytes + kFixedPayloadBytes + peerBytes.size(), body.constData(), size_t(body.size()));
    out.restCrc = crc32(0L, reinterpret_cast<const Bytef*>(p + kHeaderBytes + 8), uInt(length - 8));
    return out;
}

void sealRecord(QByteArray* bytes, unsigned long restCrc, qint64 seq)
{
    char* p = bytes->data();
    const quint32 length = qFromLittleEndian<quint32>(p + 4);
    qToLittleEndian<qint64>(seq, p + kHeaderBytes);
    const uLong seqCrc = crc32(0L, reinterpret_cast<const Bytef*>(p + kHeaderBytes), 8);
    qToLittleEndian<quint32>(quint32(crc32_combine(seqCrc, restCrc, z_off_t(length - 8))), p + 8);
}

bool readRecord(QFile& file, qint64 offset, qint64 fileSize, DecodedRecord* out)
{
    if (offset + kHeaderBytes > fileSize)
        return false;
    char header[kHeaderBytes];
    if (file.pos() != offset && !file.seek(offset))
        return false;
    if (file.read(header, kHeaderBytes) != kHeaderBytes)
        return false;
    const quint32 magic = qFromLittleEndian<quint32>(header);
    const quint32 length = qFromLittleEndian<quint32>(header + 4);
    const quint32 crc = qFromLittleEndian<quint32>(header + 8);
    if (magic != kMagic || length < kFixedPayloadBytes || length > kMaxRecordBytes ||
        offset + kHeaderBytes + length > fileSize)
        return false;
    const QByteArray payload = file.read(length);
    if (payload.size() != qsizetype(length) ||
        crc32(0L, reinterpret_cast<const Bytef*>(payload.constData()), uInt(length)) != crc)
        return false;
    const quint16 peerLength = qFromLittleEndian<quint16>(payload.constData() + 16);
    if (kFixedPayloadBytes + peerLength > qsizetype(length))
        return false;
    out->seq = qFromLittleEndian<qint64>(payload.constData());
    out->receivedAtMs = qFromLittleEndian<qint64>(payload.constData() + 8);
    out->peer = payload.mid(kFixedPayloadBytes, peerLength);
    out->body = payload.mid(kFixedPayloadBytes + peerLength);
    out->offset = offset;
    out->end = offset + kHeaderBytes + length;
    return true;
}

QString segmentName(qint64 firstSeq)
{
    return QStringLiteral("%1.wbj").arg(firstSeq, 16, 10, QLatin1Char('0'));
}

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

bool isAllZero(QFile& file, qint64 from)
{
    file.seek(from);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        if (chunk.count('\0') != chunk.size())
            return false;
    }
    return true;
}

} // namespace wabadesk::webhook::journalformat
