#include "templates/TemplateLanguages.h"

#include <QCoreApplication>

#include <algorithm>

namespace wabadesk::templates {

const QList<TemplateLanguage>& templateLanguages()
{
    static const QList<TemplateLanguage> languages{
        {QStringLiteral("af"), QT_TRANSLATE_NOOP("TemplateLanguages", "Afrikaans")},
        {QStringLiteral("sq"), QT_TRANSLATE_NOOP("TemplateLanguages", "Albanian")},
        {QStringLiteral("ar"), QT_TRANSLATE_NOOP("TemplateLanguages", "Arabic")},
        {QStringLiteral("ar_EG"), QT_TRANSLATE_NOOP("TemplateLanguages", "Arabic (Egypt)")},
        {QStringLiteral("ar_LB"), QT_TRANSLATE_NOOP("TemplateLanguages", "Arabic (Lebanon)")},
        {QStringLiteral("ar_MA"), QT_TRANSLATE_NOOP("TemplateLanguages", "Arabic (Morocco)")},
        {QStringLiteral("ar_QA"), QT_TRANSLATE_NOOP("TemplateLanguages", "Arabic (Qatar)")},
        {QStringLiteral("ar_AE"), QT_TRANSLATE_NOOP("TemplateLanguages", "Arabic (UAE)")},
        {QStringLiteral("az"), QT_TRANSLATE_NOOP("TemplateLanguages", "Azerbaijani")},
        {QStringLiteral("be_BY"), QT_TRANSLATE_NOOP("TemplateLanguages", "Belarusian")},
        {QStringLiteral("bn"), QT_TRANSLATE_NOOP("TemplateLanguages", "Bengali")},
        {QStringLiteral("bn_IN"), QT_TRANSLATE_NOOP("TemplateLanguages", "Bengali (India)")},
        {QStringLiteral("bg"), QT_TRANSLATE_NOOP("TemplateLanguages", "Bulgarian")},
        {QStringLiteral("ca"), QT_TRANSLATE_NOOP("TemplateLanguages", "Catalan")},
        {QStringLiteral("zh_CN"), QT_TRANSLATE_NOOP("TemplateLanguages", "Chinese (China)")},
        {QStringLiteral("zh_HK"), QT_TRANSLATE_NOOP("TemplateLanguages", "Chinese (Hong Kong)")},
        {QStringLiteral("zh_TW"), QT_TRANSLATE_NOOP("TemplateLanguages", "Chinese (Taiwan)")},
        {QStringLiteral("hr"), QT_TRANSLATE_NOOP("TemplateLanguages", "Croatian")},
        {QStringLiteral("cs"), QT_TRANSLATE_NOOP("TemplateLanguages", "Czech")},
        {QStringLiteral("da"), QT_TRANSLATE_NOOP("TemplateLanguages", "Danish")},
        {QStringLiteral("prs_AF"), QT_TRANSLATE_NOOP("TemplateLanguages", "Dari")},
        {QStringLiteral("nl"), QT_TRANSLATE_NOOP("TemplateLanguages", "Dutch")},
        {QStringLiteral("nl_BE"), QT_TRANSLATE_NOOP("TemplateLanguages", "Dutch (Belgium)")},
        {QStringLiteral("en"), QT_TRANSLATE_NOOP("TemplateLanguages", "English")},
        {QStringLiteral("en_AU"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Australia)")},
        {QStringLiteral("en_CA"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Canada)")},
        {QStringLiteral("en_GH"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Ghana)")},
        {QStringLiteral("en_IN"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (India)")},
        {QStringLiteral("en_IE"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Ireland)")},
        {QStringLiteral("en_JM"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Jamaica)")},
        {QStringLiteral("en_MY"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Malaysia)")},
        {QStringLiteral("en_NZ"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (New Zealand)")},
        {QStringLiteral("en_QA"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Qatar)")},
        {QStringLiteral("en_SG"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Singapore)")},
        {QStringLiteral("en_ZA"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (South Africa)")},
        {QStringLiteral("en_AE"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (UAE)")},
        {QStringLiteral("en_GB"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (UK)")},
        {QStringLiteral("en_US"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (US)")},
        {QStringLiteral("en_UG"), QT_TRANSLATE_NOOP("TemplateLanguages", "English (Uganda)")},
        {QStringLiteral("et"), QT_TRANSLATE_NOOP("TemplateLanguages", "Estonian")},
        {QStringLiteral("fil"), QT_TRANSLATE_NOOP("TemplateLanguages", "Filipino")},
        {QStringLiteral("fi"), QT_TRANSLATE_NOOP("TemplateLanguages", "Finnish")},
        {QStringLiteral("fr"), QT_TRANSLATE_NOOP("TemplateLanguages", "French")},
        {QStringLiteral("fr_BE"), QT_TRANSLATE_NOOP("TemplateLanguages", "French (Belgium)")},
        {QStringLiteral("fr_CA"), QT_TRANSLATE_NOOP("TemplateLanguages", "French (Canada)")},
        {QStringLiteral("fr_CI"), QT_TRANSLATE_NOOP("TemplateLanguages", "French (Ivory Coast)")},
        {QStringLiteral("fr_MA"), QT_TRANSLATE_NOOP("TemplateLanguages", "French (Morocco)")},
        {QStringLiteral("fr_CH"), QT_TRANSLATE_NOOP("TemplateLanguages", "French (Switzerland)")},
        {QStringLiteral("ka"), QT_TRANSLATE_NOOP("TemplateLanguages", "Georgian")},
        {QStringLiteral("de"), QT_TRANSLATE_NOOP("TemplateLanguages", "German")},
        {QStringLiteral("de_AT"), QT_TRANSLATE_NOOP("TemplateLanguages", "German (Austria)")},
        {QStringLiteral("de_CH"), QT_TRANSLATE_NOOP("TemplateLanguages", "German (Switzerland)")},
        {QStringLiteral("el"), QT_TRANSLATE_NOOP("TemplateLanguages", "Greek")},
        {QStringLiteral("gu"), QT_TRANSLATE_NOOP("TemplateLanguages", "Gujarati")},
        {QStringLiteral("ha"), QT_TRANSLATE_NOOP("TemplateLanguages", "Hausa")},
        {QStringLiteral("he"), QT_TRANSLATE_NOOP("TemplateLanguages", "Hebrew")},
        {QStringLiteral("hi"), QT_TRANSLATE_NOOP("TemplateLanguages", "Hindi")},
        {QStringLiteral("hu"), QT_TRANSLATE_NOOP("TemplateLanguages", "Hungarian")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("TemplateLanguages", "Indonesian")},
        {QStringLiteral("ga"), QT_TRANSLATE_NOOP("TemplateLanguages", "Irish")},
        {QStringLiteral("it"), QT_TRANSLATE_NOOP("TemplateLanguages", "Italian")},
        {QStringLiteral("ja"), QT_TRANSLATE_NOOP("TemplateLanguages", "Japanese")},
        {QStringLiteral("kn"), QT_TRANSLATE_NOOP("TemplateLanguages", "Kannada")},
        {QStringLiteral("kk"), QT_TRANSLATE_NOOP("TemplateLanguages", "Kazakh")},
        {QStringLiteral("rw_RW"), QT_TRANSLATE_NOOP("TemplateLanguages", "Kinyarwanda")},
        {QStringLiteral("ko"), QT_TRANSLATE_NOOP("TemplateLanguages", "Korean")},
        {QStringLiteral("ky_KG"), QT_TRANSLATE_NOOP("TemplateLanguages", "Kyrgyz")},
        {QStringLiteral("lo"), QT_TRANSLATE_NOOP("TemplateLanguages", "Lao")},
        {QStringLiteral("lv"), QT_TRANSLATE_NOOP("TemplateLanguages", "Latvian")},
        {QStringLiteral("lt"), QT_TRANSLATE_NOOP("TemplateLanguages", "Lithuanian")},
        {QStringLiteral("mk"), QT_TRANSLATE_NOOP("TemplateLanguages", "Macedonian")},
        {QStringLiteral("ms"), QT_TRANSLATE_NOOP("TemplateLanguages", "Malay")},
        {QStringLiteral("ml"), QT_TRANSLATE_NOOP("TemplateLanguages", "Malayalam")},
        {QStringLiteral("mr"), QT_TRANSLATE_NOOP("TemplateLanguages", "Marathi")},
        {QStringLiteral("nb"), QT_TRANSLATE_NOOP("TemplateLanguages", "Norwegian")},
        {QStringLiteral("ps_AF"), QT_TRANSLATE_NOOP("TemplateLanguages", "Pashto")},
        {QStringLiteral("fa"), QT_TRANSLATE_NOOP("TemplateLanguages", "Persian")},
        {QStringLiteral("pl"), QT_TRANSLATE_NOOP("TemplateLanguages", "Polish")},
        {QStringLiteral("pt_BR"), QT_TRANSLATE_NOOP("TemplateLanguages", "Portuguese (Brazil)")},
        {QStringLiteral("pt_PT"), QT_TRANSLATE_NOOP("TemplateLanguages", "Portuguese (Portugal)")},
        {QStringLiteral("pa"), QT_TRANSLATE_NOOP("TemplateLanguages", "Punjabi")},
        {QStringLiteral("ro"), QT_TRANSLATE_NOOP("TemplateLanguages", "Romanian")},
        {QStringLiteral("ru"), QT_TRANSLATE_NOOP("TemplateLanguages", "Russian")},
        {QStringLiteral("sr"), QT_TRANSLATE_NOOP("TemplateLanguages", "Serbian")},
        {QStringLiteral("si_LK"), QT_TRANSLATE_NOOP("TemplateLanguages", "Sinhala")},
        {QStringLiteral("sk"), QT_TRANSLATE_NOOP("TemplateLanguages", "Slovak")},
        {QStringLiteral("sl"), QT_TRANSLATE_NOOP("TemplateLanguages", "Slovenian")},
        {QStringLiteral("es"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish")},
        {QStringLiteral("es_AR"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Argentina)")},
        {QStringLiteral("es_CL"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Chile)")},
        {QStringLiteral("es_CO"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Colombia)")},
        {QStringLiteral("es_CR"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Costa Rica)")},
        {QStringLiteral("es_DO"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Dominican Republic)")},
        {QStringLiteral("es_EC"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Ecuador)")},
        {QStringLiteral("es_HN"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Honduras)")},
        {QStringLiteral("es_MX"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Mexico)")},
        {QStringLiteral("es_PA"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Panama)")},
        {QStringLiteral("es_PE"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Peru)")},
        {QStringLiteral("es_ES"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Spain)")},
        {QStringLiteral("es_UY"), QT_TRANSLATE_NOOP("TemplateLanguages", "Spanish (Uruguay)")},
        {QStringLiteral("sw"), QT_TRANSLATE_NOOP("TemplateLanguages", "Swahili")},
        {QStringLiteral("sv"), QT_TRANSLATE_NOOP("TemplateLanguages", "Swedish")},
        {QStringLiteral("ta"), QT_TRANSLATE_NOOP("TemplateLanguages", "Tamil")},
        {QStringLiteral("te"), QT_TRANSLATE_NOOP("TemplateLanguages", "Telugu")},
        {QStringLiteral("th"), QT_TRANSLATE_NOOP("TemplateLanguages", "Thai")},
        {QStringLiteral("tr"), QT_TRANSLATE_NOOP("TemplateLanguages", "Turkish")},
        {QStringLiteral("uk"), QT_TRANSLATE_NOOP("TemplateLanguages", "Ukrainian")},
        {QStringLiteral("ur"), QT_TRANSLATE_NOOP("TemplateLanguages", "Urdu")},
        {QStringLiteral("uz"), QT_TRANSLATE_NOOP("TemplateLanguages", "Uzbek")},
        {QStringLiteral("vi"), QT_TRANSLATE_NOOP("TemplateLanguages", "Vietnamese")},
        {QStringLiteral("zu"), QT_TRANSLATE_NOOP("TemplateLanguages", "Zulu")},
    };
    return languages;
}

QString TemplateLanguage::displayName() const
{
    return QCoreApplication::translate("TemplateLanguages", name);
}

bool isTemplateLanguage(const QString& code)
{
    const QList<TemplateLanguage>& all = templateLanguages();
    return std::any_of(all.cbegin(), all.cend(), [&code](const TemplateLanguage& l) { return l.code == code; });
}

} // namespace wabadesk::templates
