#include "templates/TemplateRules.h"

#include "templates/TemplateLanguages.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace wabadesk::templates {

namespace {

using Severity = TemplateProblem::Severity;

struct RuleText {
    TemplateRule rule;
    const char* name;
    Severity severity;
    const char* text;
};

// One message per rule (REFERENCE.md §3.5 and the Meta subcodes it names). %1, %2 are filled per problem.
const RuleText kRules[] = {
    {TemplateRule::NameRequired, "NameRequired", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Give the template a name.")},
    {TemplateRule::NameTooLong, "NameTooLong", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The name is %1 characters long; the limit is 512.")},
    {TemplateRule::NameCharacters, "NameCharacters", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Use only lower-case letters, digits and underscores in the name (\"%1\" is not allowed).")},
    {TemplateRule::CategoryInvalid, "CategoryInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Choose a category: MARKETING, UTILITY or AUTHENTICATION.")},
    {TemplateRule::LanguageRequired, "LanguageRequired", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Choose a language.")},
    {TemplateRule::LanguageUnknown, "LanguageUnknown", Severity::Warning,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "\"%1\" is not one of WhatsApp's template language codes (like en_US, de, pt_BR).")},
    {TemplateRule::ParameterFormatInvalid, "ParameterFormatInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "parameter_format must be POSITIONAL or NAMED, not \"%1\".")},
    {TemplateRule::ComponentsRequired, "ComponentsRequired", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The template has no components.")},
    {TemplateRule::ComponentTypeUnknown, "ComponentTypeUnknown", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "\"%1\" is not a component type; use HEADER, BODY, FOOTER or BUTTONS.")},
    {TemplateRule::ComponentDuplicate, "ComponentDuplicate", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A template has at most one %1.")},
    {TemplateRule::BodyRequired, "BodyRequired", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Write the body text; it is required.")},
    {TemplateRule::BodyTooLong, "BodyTooLong", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The body is %1 characters long; the limit is 1,024.")},
    {TemplateRule::HeaderFormatInvalid, "HeaderFormatInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "The header format must be TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION (error 2388047).")},
    {TemplateRule::HeaderTextRequired, "HeaderTextRequired", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A text header needs text.")},
    {TemplateRule::HeaderTooLong, "HeaderTooLong", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The header is %1 characters long; the limit is 60.")},
    {TemplateRule::HeaderTooManyVariables, "HeaderTooManyVariables", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A header can have at most one variable.")},
    {TemplateRule::FooterTooLong, "FooterTooLong", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The footer is %1 characters long; the limit is 60.")},
    {TemplateRule::FooterVariables, "FooterVariables", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The footer cannot contain variables (error 2388073).")},
    {TemplateRule::VariableMalformed, "VariableMalformed", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "\"%1\" is not a variable; write {{1}} or {{snake_case_name}} with both pairs of braces.")},
    {TemplateRule::VariablesMixed, "VariablesMixed", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Use either numbered variables ({{1}}) or named ones ({{first_name}}), not both.")},
    {TemplateRule::VariablesNotSequential, "VariablesNotSequential", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Number the variables {{1}}, {{2}}, … in sequence without gaps ({{%1}} is missing).")},
    {TemplateRule::VariableFormatMismatch, "VariableFormatMismatch", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The variables are %1 but the template's parameter format is %2.")},
    {TemplateRule::NamedVariableInvalid, "NamedVariableInvalid", Severity::Error,
     QT_TRANSLATE_NOOP(
         "TemplateRules",
         "{{%1}}: named variables are lower-case letters, digits and underscores, starting with a letter, "
         "at most 20 characters.")},
    {TemplateRule::VariableAtStartOrEnd, "VariableAtStartOrEnd", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "The body cannot start or end with a variable; add words before and after it (error 2388299).")},
    {TemplateRule::VariablesAdjacent, "VariablesAdjacent", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Two variables are next to each other; put words or punctuation between them (rejected as "
                       "INVALID_FORMAT).")},
    {TemplateRule::TooManyVariables, "TooManyVariables", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Too many variables for the length of the text: %1 variables and %2 words (error 2388293).")},
    {TemplateRule::BodySampleMissing, "BodySampleMissing", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Give a sample value for the body variable {{%1}}.")},
    {TemplateRule::BodySampleNotNested, "BodySampleNotNested", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "example.body_text must be a list inside a list: [[\"sample 1\", \"sample 2\"]].")},
    {TemplateRule::HeaderSampleMissing, "HeaderSampleMissing", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Give a sample value for the header variable {{%1}}.")},
    {TemplateRule::MediaSampleMissing, "MediaSampleMissing", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Upload a sample %1 for the header; Meta reviews the template with it.")},
    {TemplateRule::ButtonsCount, "ButtonsCount", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A template has 1 to 10 buttons, not %1.")},
    {TemplateRule::ButtonTypeUnknown, "ButtonTypeUnknown", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "\"%1\" is not a button type this app supports.")},
    {TemplateRule::ButtonTextRequired, "ButtonTextRequired", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Give the button a label.")},
    {TemplateRule::ButtonTextTooLong, "ButtonTextTooLong", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The button label is %1 characters long; the limit is 25.")},
    {TemplateRule::QuickRepliesNotGrouped, "QuickRepliesNotGrouped", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Keep the quick replies together, all before or all after the other buttons (\"invalid "
                       "combination\").")},
    {TemplateRule::UrlButtonsCount, "UrlButtonsCount", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A template has at most 2 URL buttons.")},
    {TemplateRule::UrlInvalid, "UrlInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Give an http(s) address of at most 2,000 characters.")},
    {TemplateRule::UrlVariablePlacement, "UrlVariablePlacement", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A URL can have one variable, {{1}}, and only at its end.")},
    {TemplateRule::UrlSampleMissing, "UrlSampleMissing", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Give a sample of the full address for the URL variable.")},
    {TemplateRule::PhoneButtonsCount, "PhoneButtonsCount", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A template has at most 1 phone number button.")},
    {TemplateRule::PhoneNumberInvalid, "PhoneNumberInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Give the phone number in international form, e.g. +15550051310 (up to 20 characters).")},
    {TemplateRule::PhoneLeadingZero, "PhoneLeadingZero", Severity::Warning,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "A leading zero after the country code is removed by WhatsApp; check the number.")},
    {TemplateRule::CopyCodeButtonsCount, "CopyCodeButtonsCount", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "A template has at most 1 copy code button.")},
    {TemplateRule::CopyCodeSampleInvalid, "CopyCodeSampleInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Give a sample code of 1 to 15 characters for the copy code button.")},
    {TemplateRule::OtpOutsideAuthentication, "OtpOutsideAuthentication", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "One-time password buttons belong to AUTHENTICATION templates only.")},
    {TemplateRule::OtpTypeInvalid, "OtpTypeInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The one-time password button must be COPY_CODE, ONE_TAP or ZERO_TAP.")},
    {TemplateRule::OtpAppsInvalid, "OtpAppsInvalid", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "One-tap and zero-tap buttons need 1 to 5 Android apps, each with a package name and an "
                       "11-character signature hash.")},
    {TemplateRule::AuthenticationHeader, "AuthenticationHeader", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "Authentication templates have no header.")},
    {TemplateRule::AuthenticationButtons, "AuthenticationButtons", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules",
                       "Authentication templates have exactly one button: the one-time password button.")},
    {TemplateRule::AuthenticationBodyText, "AuthenticationBodyText", Severity::Warning,
     QT_TRANSLATE_NOOP(
         "TemplateRules",
         "WhatsApp writes the body of authentication templates (\"{{1}} is your verification code.\"); this "
         "text is ignored.")},
    {TemplateRule::CodeExpirationRange, "CodeExpirationRange", Severity::Error,
     QT_TRANSLATE_NOOP("TemplateRules", "The code expiry must be 1 to 90 minutes.")},
    {TemplateRule::UtilityPromotional, "UtilityPromotional", Severity::Warning,
     QT_TRANSLATE_NOOP(
         "TemplateRules",
         "Sales wording (\"%1\") in a UTILITY template is usually rejected as PROMOTIONAL; use MARKETING.")},
};

const RuleText& ruleText(TemplateRule rule)
{
    for (const RuleText& r : kRules) {
        if (r.rule == rule)
            return r;
    }
    Q_UNREACHABLE();
}

class Problems {
public:
    QList<TemplateProblem> list;

    void add(TemplateRule rule, const QString& field, const QStringList& args = {})
    {
        const RuleText& r = ruleText(rule);
        QString message = QCoreApplication::translate("TemplateRules", r.text);
        for (const QString& a : args)
            message = message.arg(a);
        list.append(TemplateProblem{field, r.severity, rule, message});
    }
};

const QString kHeader = QStringLiteral("HEADER");
const QString kBody = QStringLiteral("BODY");
const QString kFooter = QStringLiteral("FOOTER");
const QString kButtons = QStringLiteral("BUTTONS");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isPositional(const QString& name)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(name).hasMatch();
}

// Everything between {{ and }}, malformed or not, plus single-brace leftovers like "{{1}" or "{1}}".
struct Scan {
    QStringList variables; // distinct well-formed names, first appearance order
    QStringList malformed; // as written
};

Scan scan(const QString& text)
{
    static const QRegularExpression any(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    static const QRegularExpression wellFormed(QStringLiteral("^\\s*([0-9]+|[A-Za-z][A-Za-z0-9_]*)\\s*$"));
    Scan s;
    QString rest = text;
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto inner = wellFormed.match(m.captured(1));
        if (inner.hasMatch()) {
            if (!s.variables.contains(inner.captured(1)))
                s.variables.append(inner.captured(1));
        } else {
            s.malformed.append(m.captured(0));
        }
        rest.replace(m.captured(0), QString(m.capturedLength(), u' '));
    }
    // Braces left after removing the variables: a half-written variable.
    static const QRegularExpression stray(QStringLiteral("\\{\\{?[^{}\\s]*\\}?\\}?|[^{}\\s]*\\}\\}"));
    for (auto it = stray.globalMatch(rest); it.hasNext();) {
        const QString m = it.next().captured(0);
        if (m.contains(QLatin1String("{{")) || m.contains(QLatin1String("}}")))
            s.malformed.append(m);
    }
    return s;
}

int countWords(QString text)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    text.remove(variable);
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;
    return words;
}

enum class Style { None, Positional, Named };

// Variable names, numbering, placement and samples of a HEADER (TEXT) or BODY text (§3.5 "variables", "variable
// placement", "examples").
void checkText(Problems& p, const QString& path, const QString& text, const QJsonObject& component, bool named,
               bool isBody, Style* style)
{
    const Scan s = scan(text);
    for (const QString& m : s.malformed)
        p.add(TemplateRule::VariableMalformed, path + QStringLiteral(".text"), {m});
    if (s.variables.isEmpty())
        return;

    QStringList positional;
    QStringList namedVars;
    for (const QString& v : s.variables)
        (isPositional(v) ? positional : namedVars).append(v);
    if (!positional.isEmpty() && !namedVars.isEmpty())
        p.add(TemplateRule::VariablesMixed, path + QStringLiteral(".text"));
    const Style own = namedVars.isEmpty() ? Style::Positional : Style::Named;
    if (*style == Style::None)
        *style = own;
    else if (*style != own && (positional.isEmpty() || namedVars.isEmpty()))
        p.add(TemplateRule::VariablesMixed, path + QStringLiteral(".text"));

    if (!positional.isEmpty() && namedVars.isEmpty()) {
        if (named)
            p.add(TemplateRule::VariableFormatMismatch, path + QStringLiteral(".text"),
                  {QCoreApplication::translate("TemplateRules", "numbered"), QStringLiteral("NAMED")});
        QSet<int> numbers;
        for (const QString& v : positional)
            numbers.insert(v.toInt());
        for (int i = 1; i <= int(numbers.size()); ++i) {
            if (!numbers.contains(i)) {
                p.add(TemplateRule::VariablesNotSequential, path + QStringLiteral(".text"), {QString::number(i)});
                break;
            }
        }
    }
    if (!namedVars.isEmpty()) {
        if (!named && positional.isEmpty())
            p.add(TemplateRule::VariableFormatMismatch, path + QStringLiteral(".text"),
                  {QCoreApplication::translate("TemplateRules", "named"), QStringLiteral("POSITIONAL")});
        static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9_]*$"));
        for (const QString& v : namedVars) {
            if (v.size() > 20 || !snake.match(v).hasMatch())
                p.add(TemplateRule::NamedVariableInvalid, path + QStringLiteral(".text"), {v});
        }
    }

    if (isBody) {
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1String("{{")) || trimmed.endsWith(QLatin1String("}}")))
            p.add(TemplateRule::VariableAtStartOrEnd, path + QStringLiteral(".text"));
        static const QRegularExpression adjacent(QStringLiteral("\\}\\}\\s*\\{\\{"));
        if (adjacent.match(text).hasMatch())
            p.add(TemplateRule::VariablesAdjacent, path + QStringLiteral(".text"));
        // Meta's words-per-variable ratio is not published (§3.5, 2388293); this is the sandbox's threshold
        // (app/sandbox/TemplateRules.cpp), so what passes here passes there.
        const int words = countWords(text);
        if (words <= int(s.variables.size()))
            p.add(TemplateRule::TooManyVariables, path + QStringLiteral(".text"),
                  {QString::number(s.variables.size()), QString::number(words)});
    }

    // Samples (§3.2 examples): body samples nested [["a","b"]], header samples flat ["a"]; named ones as
    // {param_name, example} objects.
    const QJsonObject example = component.value(QStringLiteral("example")).toObject();
    const QString kind = isBody ? QStringLiteral("body") : QStringLiteral("header");
    const TemplateRule missing = isBody ? TemplateRule::BodySampleMissing : TemplateRule::HeaderSampleMissing;
    const QString examplePath = path + QStringLiteral(".example");
    if (!namedVars.isEmpty() && positional.isEmpty()) {
        QHash<QString, QString> sampled;
        for (const QJsonValue& v : example.value(kind + QStringLiteral("_text_named_params")).toArray())
            sampled.insert(str(v.toObject(), "param_name"), str(v.toObject(), "example"));
        for (const QString& v : namedVars) {
            if (sampled.value(v).trimmed().isEmpty())
                p.add(missing, examplePath, {v});
        }
    } else if (namedVars.isEmpty()) {
        const QJsonArray outer = example.value(kind + QStringLiteral("_text")).toArray();
        QJsonArray samples = outer;
        if (isBody) {
            if (!outer.isEmpty() && !outer.at(0).isArray()) {
                p.add(TemplateRule::BodySampleNotNested, examplePath);
                return;
            }
            samples = outer.at(0).toArray();
        }
        QStringList sorted = positional;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
        for (const QString& v : sorted) {
            const int index = v.toInt() - 1;
            if (index < 0 || samples.at(index).toString().trimmed().isEmpty())
                p.add(missing, examplePath, {v});
        }
    }
}

void checkHeader(Problems& p, const QString& path, const QJsonObject& header, bool named, Style* style)
{
    const QString format = str(header, "format").toUpper();
    static const QStringList formats{QStringLiteral("TEXT"),     QStringLiteral("IMAGE"),    QStringLiteral("VIDEO"),
                                     QStringLiteral("DOCUMENT"), QStringLiteral("LOCATION"), QStringLiteral("PRODUCT")};
    if (!formats.contains(format)) {
        p.add(TemplateRule::HeaderFormatInvalid, path + QStringLiteral(".format"));
        return;
    }
    if (format == QLatin1String("TEXT")) {
        const QString text = str(header, "text");
        if (text.trimmed().isEmpty()) {
            p.add(TemplateRule::HeaderTextRequired, path + QStringLiteral(".text"));
            return;
        }
        if (text.size() > 60)
            p.add(TemplateRule::HeaderTooLong, path + QStringLiteral(".text"), {QString::number(text.size())});
        if (scan(text).variables.size() > 1)
            p.add(TemplateRule::HeaderTooManyVariables, path + QStringLiteral(".text"));
        checkText(p, path, text, header, named, false, style);
        return;
    }
    if (format == QLatin1String("IMAGE") || format == QLatin1String("VIDEO") || format == QLatin1String("DOCUMENT")) {
        const QJsonArray handles =
            header.value(QStringLiteral("example")).toObject().value(QStringLiteral("header_handle")).toArray();
        if (handles.isEmpty() || handles.at(0).toString().trimmed().isEmpty())
            p.add(TemplateRule::MediaSampleMissing, path + QStringLiteral(".example"), {format.toLower()});
    }
}

void checkFooter(Problems& p, const QString& path, const QJsonObject& footer)
{
    const QString text = str(footer, "text");
    if (text.size() > 60)
        p.add(TemplateRule::FooterTooLong, path + QStringLiteral(".text"), {QString::number(text.size())});
    if (!scan(text).variables.isEmpty())
        p.add(TemplateRule::FooterVariables, path + QStringLiteral(".text"));
    const QJsonValue minutes = footer.value(QStringLiteral("code_expiration_minutes"));
    if (!minutes.isUndefined() && (!minutes.isDouble() || minutes.toInt() < 1 || minutes.toInt() > 90))
        p.add(TemplateRule::CodeExpirationRange, path + QStringLiteral(".code_expiration_minutes"));
}

void checkUrlButton(Problems& p, const QString& path, const QJsonObject& button)
{
    const QString url = str(button, "url");
    // The variable stands for text appended to the address; check the address with a stand-in for it.
    static const QRegularExpression variable(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    const QUrl parsed(QString(url).replace(variable, QStringLiteral("x")), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (url.isEmpty() || url.size() > 2000 || !parsed.isValid() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || parsed.host().isEmpty())
        p.add(TemplateRule::UrlInvalid, path + QStringLiteral(".url"));
    const Scan s = scan(url);
    const int occurrences = int(url.count(QLatin1String("{{")));
    if (!s.variables.isEmpty() || !s.malformed.isEmpty()) {
        if (occurrences > 1 || s.variables.value(0) != QLatin1String("1") || !url.endsWith(QLatin1String("{{1}}")))
            p.add(TemplateRule::UrlVariablePlacement, path + QStringLiteral(".url"));
        const QJsonValue example = button.value(QStringLiteral("example"));
        const QString sample = example.isArray() ? example.toArray().at(0).toString() : example.toString();
        if (sample.trimmed().isEmpty())
            p.add(TemplateRule::UrlSampleMissing, path + QStringLiteral(".example"));
    }
}

void checkPhoneButton(Problems& p, const QString& path, const QJsonObject& button)
{
    const QString number = str(button, "phone_number");
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ()-]{5,19}$"));
    if (!phone.match(number.trimmed()).hasMatch()) {
        p.add(TemplateRule::PhoneNumberInvalid, path + QStringLiteral(".phone_number"));
        return;
    }
    // "leading zero after the country code gets stripped" (§3.5): the common 1- to 3-digit codes followed by 0.
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    static const QRegularExpression leadingZero(
        QStringLiteral("^(1|7|2[0-9]|3[0-9]|4[0-9]|5[1-8]|6[0-6]|8[1-6]|9[0-8])0"));
    if (leadingZero.match(digits).hasMatch())
        p.add(TemplateRule::PhoneLeadingZero, path + QStringLiteral(".phone_number"));
}

void checkOtpButton(Problems& p, const QString& path, const QJsonObject& button, bool isAuth)
{
    if (!isAuth)
        p.add(TemplateRule::OtpOutsideAuthentication, path + QStringLiteral(".type"));
    const QString otpType = str(button, "otp_type").toUpper();
    if (otpType != QLatin1String("COPY_CODE") && otpType != QLatin1String("ONE_TAP") &&
        otpType != QLatin1String("ZERO_TAP")) {
        p.add(TemplateRule::OtpTypeInvalid, path + QStringLiteral(".otp_type"));
        return;
    }
    if (otpType == QLatin1String("COPY_CODE"))
        return;
    const QJsonArray apps = button.value(QStringLiteral("supported_apps")).toArray();
    bool ok = !apps.isEmpty() && apps.size() <= 5;
    for (const QJsonValue& app : apps) {
        const QJsonObject a = app.toObject();
        ok = ok && !str(a, "package_name").trimmed().isEmpty() && str(a, "signature_hash").size() == 11;
    }
    if (!ok)
        p.add(TemplateRule::OtpAppsInvalid, path + QStringLiteral(".supported_apps"));
}

void checkButtons(Problems& p, const QString& path, const QJsonObject& component, bool isAuth)
{
    const QJsonArray buttons = component.value(QStringLiteral("buttons")).toArray();
    if (buttons.isEmpty() || buttons.size() > 10)
        p.add(TemplateRule::ButtonsCount, path + QStringLiteral(".buttons"), {QString::number(buttons.size())});
    QHash<QString, int> counts;
    int groups = 0;
    bool previousQuickReply = false;
    static const QStringList known{QStringLiteral("QUICK_REPLY"), QStringLiteral("URL"), QStringLiteral("PHONE_NUMBER"),
                                   QStringLiteral("COPY_CODE"), QStringLiteral("OTP")};
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QString bpath = path + QStringLiteral(".buttons[%1]").arg(i);
        const QJsonObject button = buttons.at(i).toObject();
        const QString type = str(button, "type").toUpper();
        ++counts[type];
        const bool quickReply = type == QLatin1String("QUICK_REPLY");
        if (i == 0 || quickReply != previousQuickReply)
            ++groups;
        previousQuickReply = quickReply;
        if (!known.contains(type)) {
            p.add(TemplateRule::ButtonTypeUnknown, bpath + QStringLiteral(".type"), {type});
            continue;
        }
        const QString text = str(button, "text");
        // Copy code buttons have a fixed label ("Copy offer code"); OTP buttons may leave it to WhatsApp.
        if (type != QLatin1String("COPY_CODE") && type != QLatin1String("OTP") && text.trimmed().isEmpty())
            p.add(TemplateRule::ButtonTextRequired, bpath + QStringLiteral(".text"));
        if (text.size() > 25)
            p.add(TemplateRule::ButtonTextTooLong, bpath + QStringLiteral(".text"), {QString::number(text.size())});
        if (type == QLatin1String("URL")) {
            checkUrlButton(p, bpath, button);
        } else if (type == QLatin1String("PHONE_NUMBER")) {
            checkPhoneButton(p, bpath, button);
        } else if (type == QLatin1String("COPY_CODE")) {
            const QString sample = str(button, "example");
            if (sample.trimmed().isEmpty() || sample.size() > 15)
                p.add(TemplateRule::CopyCodeSampleInvalid, bpath + QStringLiteral(".example"));
        } else if (type == QLatin1String("OTP")) {
            checkOtpButton(p, bpath, button, isAuth);
        }
    }
    const QString buttonsPath = path + QStringLiteral(".buttons");
    if (groups > 2 || (groups == 2 && counts.value(QStringLiteral("QUICK_REPLY")) == 0))
        p.add(TemplateRule::QuickRepliesNotGrouped, buttonsPath);
    if (counts.value(QStringLiteral("URL")) > 2)
        p.add(TemplateRule::UrlButtonsCount, buttonsPath);
    if (counts.value(QStringLiteral("PHONE_NUMBER")) > 1)
        p.add(TemplateRule::PhoneButtonsCount, buttonsPath);
    if (counts.value(QStringLiteral("COPY_CODE")) > 1)
        p.add(TemplateRule::CopyCodeButtonsCount, buttonsPath);
    if (isAuth && (buttons.size() != 1 || counts.value(QStringLiteral("OTP")) != 1))
        p.add(TemplateRule::AuthenticationButtons, buttonsPath);
}

// The sandbox's review rejects sales wording in UTILITY templates as PROMOTIONAL (app/sandbox/TemplateRules.cpp),
// as Meta's does; the same words here.
QString promotionalWord(const QJsonArray& components)
{
    static const QRegularExpression promotional(QStringLiteral("\\b(sale|discount|promo|coupon|deal)s?\\b|%\\s*off\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    for (const QJsonValue& value : components) {
        const QJsonObject c = value.toObject();
        QStringList texts{str(c, "text")};
        for (const QJsonValue& b : c.value(QStringLiteral("buttons")).toArray())
            texts.append(str(b.toObject(), "text"));
        for (const QString& t : texts) {
            const auto m = promotional.match(t);
            if (m.hasMatch())
                return m.captured(0);
        }
    }
    return {};
}

} // namespace

QList<TemplateProblem> checkTemplate(const QJsonObject& definition)
{
    Problems p;
    const QString name = str(definition, "name");
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_]+$"));
    if (name.isEmpty()) {
        p.add(TemplateRule::NameRequired, QStringLiteral("name"));
    } else {
        if (name.size() > 512)
            p.add(TemplateRule::NameTooLong, QStringLiteral("name"), {QString::number(name.size())});
        if (!nameRe.match(name).hasMatch()) {
            static const QRegularExpression bad(QStringLiteral("[^a-z0-9_]"));
            p.add(TemplateRule::NameCharacters, QStringLiteral("name"), {bad.match(name).captured(0)});
        }
    }
    const QString category = str(definition, "category");
    static const QStringList categories{QStringLiteral("MARKETING"), QStringLiteral("UTILITY"),
                                        QStringLiteral("AUTHENTICATION")};
    if (!categories.contains(category))
        p.add(TemplateRule::CategoryInvalid, QStringLiteral("category"));
    const bool isAuth = category == QLatin1String("AUTHENTICATION");
    const QString language = str(definition, "language");
    if (language.isEmpty())
        p.add(TemplateRule::LanguageRequired, QStringLiteral("language"));
    else if (!isTemplateLanguage(language))
        p.add(TemplateRule::LanguageUnknown, QStringLiteral("language"), {language});
    const QJsonValue formatValue = definition.value(QStringLiteral("parameter_format"));
    const QString format = formatValue.isUndefined() ? QStringLiteral("POSITIONAL") : formatValue.toString();
    if (format != QLatin1String("POSITIONAL") && format != QLatin1String("NAMED"))
        p.add(TemplateRule::ParameterFormatInvalid, QStringLiteral("parameter_format"), {format});
    const bool named = format == QLatin1String("NAMED");

    if (definition.contains(QStringLiteral("library_template_name")))
        return p.list; // Meta builds the components from its library (§3.2)
    const QJsonArray components = definition.value(QStringLiteral("components")).toArray();
    if (components.isEmpty()) {
        p.add(TemplateRule::ComponentsRequired, QStringLiteral("components"));
        return p.list;
    }

    QSet<QString> seen;
    bool hasBody = false;
    Style style = Style::None;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString path = QStringLiteral("components[%1]").arg(i);
        const QJsonObject component = components.at(i).toObject();
        const QString type = str(component, "type").toUpper();
        if (type != kHeader && type != kBody && type != kFooter && type != kButtons) {
            p.add(TemplateRule::ComponentTypeUnknown, path + QStringLiteral(".type"), {str(component, "type")});
            continue;
        }
        if (seen.contains(type)) {
            p.add(TemplateRule::ComponentDuplicate, path + QStringLiteral(".type"), {type});
            continue;
        }
        seen.insert(type);
        if (type == kHeader) {
            if (isAuth)
                p.add(TemplateRule::AuthenticationHeader, path);
            checkHeader(p, path, component, named, &style);
        } else if (type == kBody) {
            hasBody = true;
            const QString text = str(component, "text");
            if (isAuth) {
                if (!text.isEmpty())
                    p.add(TemplateRule::AuthenticationBodyText, path + QStringLiteral(".text"));
                continue;
            }
            if (text.trimmed().isEmpty()) {
                p.add(TemplateRule::BodyRequired, path + QStringLiteral(".text"));
                continue;
            }
            if (text.size() > 1024)
                p.add(TemplateRule::BodyTooLong, path + QStringLiteral(".text"), {QString::number(text.size())});
            checkText(p, path, text, component, named, true, &style);
        } else if (type == kFooter) {
            checkFooter(p, path, component);
        } else {
            checkButtons(p, path, component, isAuth);
        }
    }
    if (!hasBody)
        p.add(TemplateRule::BodyRequired, QStringLiteral("components"));
    if (isAuth && !seen.contains(kButtons))
        p.add(TemplateRule::AuthenticationButtons, QStringLiteral("components"));
    if (category == QLatin1String("UTILITY")) {
        const QString word = promotionalWord(components);
        if (!word.isEmpty())
            p.add(TemplateRule::UtilityPromotional, QStringLiteral("category"), {word});
    }
    return p.list;
}

QString templateRuleName(TemplateRule rule)
{
    return QString::fromLatin1(ruleText(rule).name);
}

std::optional<TemplateRule> templateRuleFromName(const QString& name)
{
    for (const RuleText& r : kRules) {
        if (name == QLatin1String(r.name))
            return r.rule;
    }
    return std::nullopt;
}

int templateRuleCount()
{
    return int(std::size(kRules));
}

bool hasErrors(const QList<TemplateProblem>& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const TemplateProblem& p) { return p.isError(); });
}

QStringList definitionVariables(const QString& text)
{
    return scan(text).variables;
}

} // namespace wabadesk::templates
