#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace wabadesk {

// The languages WabaDesk's interface speaks, and the translators that make it speak one. The app's own .qm files
// are embedded (":/i18n/wabadesk_<code>.qm", built from translations/*.ts); Qt's own (qtbase_<code>.qm, for the
// standard buttons and dialogs) come from Qt's translations folder when installed (Debian: qt6-translations-l10n)
// and are optional.
class Translations {
public:
    struct Language {
        QString code;       // "de", "en", "es", "pt_BR": the suffix of wabadesk_<code>.qm
        QString nativeName; // in the language itself: "Deutsch", "Português (Brasil)"
    };
    // The shipped languages, sorted by code.
    static const QList<Language>& languages();
    static bool isLanguage(const QString& code);

    // The language to use: `chosen` when it is a shipped one (the Preferences choice; "" = follow the system), else
    // the first of `uiLanguages` (QLocale::uiLanguages(): "de-DE", "pt-BR", …) that matches a shipped language, else
    // English. Any Portuguese gets Brazilian Portuguese, the only Portuguese there is.
    static QString resolve(const QString& chosen, const QStringList& uiLanguages);

    Translations() = default;
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Installs the translators for `code` (a shipped language) in QCoreApplication, replacing any this object
    // installed before: English's plural forms underneath (what a translation leaves open falls back to proper
    // English, not to "(s)"), then `code`'s own file and Qt's. Returns false when `code` is not shipped or its file
    // cannot be loaded; English is installed in any case.
    bool install(const QString& code);
    // The installed language ("" before install()), and whether Qt's own translation was found for it.
    QString language() const { return m_language; }
    bool hasQtTranslation() const { return m_qt != nullptr; }

private:
    void removeAll();

    QString m_language;
    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace wabadesk
