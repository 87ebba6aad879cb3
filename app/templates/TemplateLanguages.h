#pragma once

#include <QList>
#include <QString>

namespace wabadesk::templates {

struct TemplateLanguage {
    QString code;     // as the API takes it: "en_US", "de", "pt_BR"
    const char* name; // English name, e.g. "English (US)" (the source text of its translation)

    QString displayName() const; // the name in the UI language
};

// The language codes WhatsApp accepts for templates (Meta's "Supported languages" list, as of 2024; from memory,
// not re-checked against the live page). Sorted by name.
const QList<TemplateLanguage>& templateLanguages();
bool isTemplateLanguage(const QString& code);

} // namespace wabadesk::templates
