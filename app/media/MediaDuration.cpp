#include "media/MediaDuration.h"

#include <QFile>
#include <QtEndian>

namespace wabadesk::media {

namespace {

constexpr qint64 kOggTail = 64 * 1024;
constexpr int kOggPageHeader = 27; // "OggS", version, type, granule (8), serial (4), sequence (4), CRC (4), segments

template <typename T>
T littleEndianAt(const QByteArray& bytes, qsizetype offset)
{
    return qFromLittleEndian<T>(bytes.constData() + offset);
}

template <typename T>
T bigEndianAt(const QByteArray& bytes, qsizetype offset)
{
    return qFromBigEndian<T>(bytes.constData() + offset);
}

std::optional<qint64> oggDuration(QIODevice& device)
{
    // The first page holds the codec's identification header: its rate (Vorbis) or pre-skip (Opus).
    if (!device.seek(0))
        return std::nullopt;
    const QByteArray head = device.read(4096);
    if (head.size() < kOggPageHeader + 1 || !head.startsWith("OggS"))
        return std::nullopt;
    const int segments = quint8(head.at(26));
    const qsizetype packet = kOggPageHeader + segments;
    double rate = 0;
    qint64 preSkip = 0;
    if (head.mid(packet, 8) == "OpusHead" && head.size() >= packet + 12) {
        rate = 48000; // Opus granule positions always count 48 kHz samples
        preSkip = littleEndianAt<quint16>(head, packet + 10);
    } else if (head.mid(packet, 7) == "\x01vorbis" && head.size() >= packet + 16) {
        rate = littleEndianAt<quint32>(head, packet + 12);
    }
    if (rate <= 0)
        return std::nullopt;
    const qint64 size = device.size();
    const qint64 from = std::max<qint64>(0, size - kOggTail);
    if (!device.seek(from))
        return std::nullopt;
    const QByteArray tail = device.read(size - from);
    // The last complete page header in the tail: its granule position is the stream's end.
    for (qsizetype at = tail.lastIndexOf("OggS"); at >= 0;) {
        const bool complete = at + kOggPageHeader <= tail.size() && tail.at(at + 4) == 0; // structure version 0
        const qint64 granule = complete ? littleEndianAt<qint64>(tail, at + 6) : -1;
        if (granule >= 0) { // -1: no packet ends on this page
            const qint64 samples = granule - preSkip;
            if (samples <= 0)
                return std::nullopt;
            return qint64(samples * 1000.0 / rate + 0.5);
        }
        if (at == 0)
            break;
        at = tail.lastIndexOf("OggS", at - 1);
    }
    return std::nullopt;
}

// Box headers from `begin` to `end`: returns the payload range of the first box of `type`.
std::optional<std::pair<qint64, qint64>> findBox(QIODevice& device, qint64 begin, qint64 end, const char* type)
{
    qint64 at = begin;
    while (at + 8 <= end) {
        if (!device.seek(at))
            return std::nullopt;
        const QByteArray header = device.read(16);
        if (header.size() < 8)
            return std::nullopt;
        qint64 size = bigEndianAt<quint32>(header, 0);
        qint64 headerSize = 8;
        if (size == 1) { // a 64-bit size follows the type
            if (header.size() < 16)
                return std::nullopt;
            size = qint64(bigEndianAt<quint64>(header, 8));
            headerSize = 16;
        } else if (size == 0) { // to the end of the file
            size = end - at;
        }
        if (size < headerSize || at + size > end)
            return std::nullopt;
        if (header.mid(4, 4) == type)
            return std::make_pair(at + headerSize, at + size);
        at += size;
    }
    return std::nullopt;
}

std::optional<qint64> mp4Duration(QIODevice& device)
{
    const std::optional<std::pair<qint64, qint64>> moov = findBox(device, 0, device.size(), "moov");
    if (!moov)
        return std::nullopt;
    const std::optional<std::pair<qint64, qint64>> mvhd = findBox(device, moov->first, moov->second, "mvhd");
    if (!mvhd || !device.seek(mvhd->first))
        return std::nullopt;
    const QByteArray box = device.read(32);
    if (box.size() < 20)
        return std::nullopt;
    const int version = quint8(box.at(0));
    quint32 timescale = 0;
    quint64 duration = 0;
    if (version == 1 && box.size() >= 32) {
        timescale = bigEndianAt<quint32>(box, 20);
        duration = bigEndianAt<quint64>(box, 24);
    } else if (version == 0) {
        timescale = bigEndianAt<quint32>(box, 12);
        duration = bigEndianAt<quint32>(box, 16);
    }
    // All ones: "unknown" (§8.2.2.3).
    if (timescale == 0 || duration == 0 || duration == quint64(-1) || (version == 0 && duration == 0xffffffffu))
        return std::nullopt;
    return qint64(double(duration) * 1000.0 / timescale + 0.5);
}

} // namespace

std::optional<qint64> mediaDurationMs(QIODevice& device)
{
    if (!device.isOpen() || device.isSequential())
        return std::nullopt;
    if (!device.seek(0))
        return std::nullopt;
    const QByteArray magic = device.read(12);
    if (magic.startsWith("OggS"))
        return oggDuration(device);
    if (magic.size() >= 8 && (magic.mid(4, 4) == "ftyp" || magic.mid(4, 4) == "moov"))
        return mp4Duration(device);
    return std::nullopt;
}

std::optional<qint64> mediaDurationMs(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return mediaDurationMs(file);
}

} // namespace wabadesk::media
