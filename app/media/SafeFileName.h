#pragma once

#include <QString>

namespace wabadesk::media {

// A file name WabaDesk may create for media whose name came from outside (a customer's document `filename`, an
// upload's name): no directory parts (`../`, `/`, `\`, drive letters), no control or reserved characters
// (`<>:"|?*`), no Windows device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with any extension), no leading dots or
// trailing dots/spaces, at most 120 UTF-16 code units with the extension kept. Falls back to `fallbackBase` (plus
// `fallbackExtension`, e.g. from the MIME type) when nothing usable is left. Never empty.
QString safeFileName(const QString& untrusted, const QString& fallbackBase, const QString& fallbackExtension = {});

} // namespace wabadesk::media
