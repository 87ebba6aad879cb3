#pragma once

#include <QString>

namespace wabadesk::text {

// What customers send, made safe to show without changing what it says (issue #15).

// Control characters (C0 except tab, line feed and carriage return; DEL) as U+FFFD "�", as HTML does with a NUL: an
// embedded NUL would cut the text wherever it leaves as a C string (a notification over D-Bus, a clipboard reader, a
// spreadsheet), and the others are invisible. The replacement character is in every font (the Control Pictures
// symbols, "␀", are not: Debian's DejaVu fonts lack them), and the rest of the text stays.
QString withVisibleControls(QString text);

// A name (a contact's profile name, a document's file name) without the Unicode bidi controls that reorder what
// follows them: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks U+200E, U+200F,
// U+061C. "Invoice<RLO>fdp.exe" would be shown as "Invoiceexe.pdf". Message text keeps them: there they are the
// customer's own right-to-left writing.
QString withoutBidiControls(QString name);

} // namespace wabadesk::text
