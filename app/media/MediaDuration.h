#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace wabadesk::media {

// How long a voice note or a video lasts, read from the container without decoding anything, so that a bubble can
// show "0:07" before it is played (as WhatsApp does):
// - Ogg (Opus voice notes, Vorbis): the last page's granule position, less Opus's pre-skip, at 48 kHz (RFC 7845 §4)
//   or at the Vorbis sample rate. Reads the first page and at most the last 64 KiB.
// - MP4/3GP/MOV (ISO BMFF): moov/mvhd's duration over its timescale (ISO/IEC 14496-12 §8.2.2); only box headers are
//   read on the way.
// nullopt when the file is neither, is damaged, or says nothing useful.
std::optional<qint64> mediaDurationMs(QIODevice& device);
std::optional<qint64> mediaDurationMs(const QString& filePath);

} // namespace wabadesk::media
