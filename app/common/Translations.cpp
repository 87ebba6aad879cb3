#include "common/Translations.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include <algorithm>

namespace wabadesk {

namespace {

const auto kResourceDir = QStringLiteral(":/i18n");

std::unique_ptr<QTranslator> load(const QString& fileName, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory))
        return nullptr;
    return translator;
}

} // namespace

const QList<Translations::Language>& Translations::languages()
{
    // Each name as its speakers write it, so that whoever cannot read the current language still finds theirs.
    static const QList<Language> all{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
    return all;
}

bool Translations::isLanguage(const QString& code)
{
    const QList<Language>& all = languages();
    return std::any_of(all.cbegin(), all.cend(), [&code](const Language& l) { return l.code == code; });
}

QString Translations::resolve(const QString& chosen, const QStringList& uiLanguages)
{
    if (isLanguage(chosen))
        return chosen;
    for (const QString& tag : uiLanguages) {
        // BCP 47 tags ("pt-BR", "de-CH", "es-419"); the first subtag is the language.
        const QString language = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (language == QLatin1String("pt"))
            return QStringLiteral("pt_BR");
        if (isLanguage(language))
            return language;
    }
    return QStringLiteral("en");
}

Translations::~Translations()
{
    removeAll();
}

void Translations::removeAll()
{
    for (auto* t : {&m_qt, &m_app, &m_english}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    m_language.clear();
}

bool Translations::install(const QString& code)
{
    removeAll();
    // QCoreApplication asks the translator installed last first: the language's own file, then English's plurals.
    m_english = load(QStringLiteral("wabadesk_en"), kResourceDir);
    if (m_english)
        QCoreApplication::installTranslator(m_english.get());
    else
        qCWarning(lcI18n) << "the embedded English plural forms are missing";
    m_language = QStringLiteral("en");
    if (!isLanguage(code))
        return false;
    if (code == QLatin1String("en"))
        return m_english != nullptr;

    m_app = load(QStringLiteral("wabadesk_") + code, kResourceDir);
    if (!m_app) {
        qCWarning(lcI18n) << "no embedded translation for" << code;
        return false;
    }
    QCoreApplication::installTranslator(m_app.get());
    m_language = code;
    m_qt = load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    else
        qCInfo(lcI18n) << "Qt's own translation for" << code << "is not installed; standard buttons stay in English";
    return true;
}

} // namespace wabadesk
