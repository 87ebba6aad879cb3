#pragma once

#include <QString>

namespace wabadesk {

// WabaDesk's data directory, the same for the app and the CLI: the --data-dir option if given, else the environment
// variable WABADESK_DATA_DIR, else <generic data location>/WabaDesk (e.g. ~/.local/share/WabaDesk). Created if needed,
// readable by its owner only (0700; one that an older version left open is tightened with everything in it).
QString resolveDataDir(const QString& option = {});

} // namespace wabadesk
