#pragma once

#include <QMap>
#include <QString>

namespace wabadesk::templates {

// WhatsApp's text formatting as safe HTML for the template preview: everything is escaped first, then *bold*,
// _italic_, ~strike~ and ```monospace``` become tags and newlines <br>. "<b>" typed by a user stays literal.
QString whatsAppHtml(const QString& text);

// The text with each {{variable}} replaced by its value; variables without a (non-empty) value stay as written.
QString fillVariables(const QString& text, const QMap<QString, QString>& values);

} // namespace wabadesk::templates
