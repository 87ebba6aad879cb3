#pragma once

#include <QString>

namespace wabadesk::text {

// WhatsApp's message formatting (https://faq.whatsapp.com/539178204879377) turned into safe HTML for QTextDocument.
//
// Everything the customer typed is escaped first: "<script>", "&amp;" or "<b>" arrive in the output as the
// literal characters, never as markup. On top of that:
//   *bold*  _italic_  ~strike~  ```monospace block```  `inline code`
//   http(s):// and www. links become <a href>, only with the http/https schemes;
//   newlines become <br>, runs of spaces are kept;
//   control characters (an embedded NUL) are shown as "�" (SafeText.h): nothing after them is lost.
// A marker only counts at a word boundary, as WhatsApp does it: the opening one after the start, a space or
// punctuation and before a non-space; the closing one after a non-space and before the end, a space or
// punctuation, on the same line. So snake_case_names, 2*3*4 and "* item" stay as typed.
// Pure function: no Qt GUI, safe on any thread.
QString toHtml(const QString& text);

// The text with the formatting markers removed (and control characters as symbols), for previews, copying and
// searching as the user sees it.
QString toPlainText(const QString& text);

// HTML-escapes & < > " ' (also usable for attribute values). No formatting.
QString escape(const QString& text);

} // namespace wabadesk::text
