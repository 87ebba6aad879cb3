#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <map>

namespace wabadesk::webhook::journalformat {

// Record: magic, payload length, CRC-32 of the payload, then the payload:
// seq (i64), receivedAtMs (i64), peer length (u16), peer, body. Little-endian.
constexpr quint32 kMagic = 0x4A424457; // "WDBJ"
constexpr int kHeaderBytes = 12;
constexpr int kFixedPayloadBytes = 8 + 8 + 2;
constexpr qint64 kMaxRecordBytes = 64LL * 1024 * 1024;
constexpr int kMaxPeerBytes = 255;

// A record without its sequence number: the expensive part (copy, CRC of everything but the seq) done by the caller's
// thread; seal() puts the number in and finishes the CRC.
struct UnsealedRecord {
    QByteArray bytes;
    unsigned long restCrc = 0; // CRC-32 of the payload after the seq
};
UnsealedRecord prepareRecord(const QByteArray& body, const QByteArray& peer, qint64 receivedAtMs);
void sealRecord(QByteArray* bytes, unsigned long restCrc, qint64 seq);

struct DecodedRecord {
    qint64 seq = 0;
    qint64 receivedAtMs = 0;
    QByteArray peer;
    QByteArray body;
    qint64 offset = 0; // where the record starts in its segment
    qint64 end = 0;    // where the next one starts
};

// Reads the record at the file's position `offset`; false at the end or at damage (a bad magic, length or CRC).
bool readRecord(QFile& file, qint64 offset, qint64 fileSize, DecodedRecord* out);

// Reads the records of one segment file from `offset`; stops at the end or at the first damaged record. Calls
// `visit(record)`; stops early when it returns false. Returns the offset after the last good record visited.
template <typename Visit>
qint64 scanSegment(QFile& file, qint64 offset, Visit visit)
{
    const qint64 size = file.size();
    if (!file.seek(offset))
        return offset;
    DecodedRecord r;
    while (readRecord(file, offset, size, &r)) {
        offset = r.end;
        if (!visit(r))
            break;
    }
    return offset;
}

QString segmentName(qint64 firstSeq);
// Segments by first seq.
std::map<qint64, QString> listSegments(const QString& dir);
bool isAllZero(QFile& file, qint64 from);

} // namespace wabadesk::webhook::journalformat
