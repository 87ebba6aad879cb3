#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wabadesk::templates {

// One rule of REFERENCE.md §3.5 (plus the required fields of §3.2), each with exactly one message.
enum class TemplateRule {
    NameRequired,
    NameTooLong,            // > 512
    NameCharacters,         // [a-z0-9_] only
    CategoryInvalid,        // MARKETING, UTILITY, AUTHENTICATION
    LanguageRequired,       //
    LanguageUnknown,        // warning: not one of WhatsApp's language codes
    ParameterFormatInvalid, // POSITIONAL or NAMED
    ComponentsRequired,
    ComponentTypeUnknown, // HEADER, BODY, FOOTER, BUTTONS
    ComponentDuplicate,   // at most one of each
    BodyRequired,
    BodyTooLong,         // > 1024
    HeaderFormatInvalid, // TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION, PRODUCT
    HeaderTextRequired,
    HeaderTooLong,          // > 60
    HeaderTooManyVariables, // > 1
    FooterTooLong,          // > 60
    FooterVariables,        // none allowed
    VariableMalformed,      // {{First Name}}, {{1}, …
    VariablesMixed,         // positional and named in one template
    VariablesNotSequential, // {{1}}, {{2}}, … without gaps, per component
    VariableFormatMismatch, // named variables without parameter_format NAMED, or the reverse
    NamedVariableInvalid,   // lower-case snake_case, at most 20 characters
    VariableAtStartOrEnd,   // 2388299
    VariablesAdjacent,      // {{1}}{{2}}: INVALID_FORMAT
    TooManyVariables,       // 2388293 (too many variables for the length)
    BodySampleMissing,      // example.body_text / body_text_named_params
    BodySampleNotNested,    // body_text must be [["a","b"]]
    HeaderSampleMissing,    // example.header_text / header_text_named_params
    MediaSampleMissing,     // example.header_handle for IMAGE/VIDEO/DOCUMENT
    ButtonsCount,           // 1 to 10 buttons
    ButtonTypeUnknown,
    ButtonTextRequired,
    ButtonTextTooLong,      // > 25
    QuickRepliesNotGrouped, // "invalid combination"
    UrlButtonsCount,        // ≤ 2
    UrlInvalid,             // http(s), ≤ 2000
    UrlVariablePlacement,   // ≤ 1 variable, at the end
    UrlSampleMissing,       // example required with a variable
    PhoneButtonsCount,      // ≤ 1
    PhoneNumberInvalid,
    PhoneLeadingZero,      // warning: stripped after the country code
    CopyCodeButtonsCount,  // ≤ 1
    CopyCodeSampleInvalid, // example required, ≤ 15 characters
    OtpOutsideAuthentication,
    OtpTypeInvalid,         // COPY_CODE, ONE_TAP, ZERO_TAP
    OtpAppsInvalid,         // 1–5 supported_apps, signature_hash of 11 characters
    AuthenticationHeader,   // authentication templates have no header
    AuthenticationButtons,  // exactly one OTP button
    AuthenticationBodyText, // warning: Meta writes the body
    CodeExpirationRange,    // 1–90 minutes
    UtilityPromotional,     // warning: sales wording in a UTILITY template
};

struct TemplateProblem {
    enum class Severity { Error, Warning };

    // Where, as a path into the definition: "name", "components[1].text", "components[3].buttons[0].url".
    QString field;
    Severity severity = Severity::Error;
    TemplateRule rule = TemplateRule::NameRequired;
    QString message; // translated (context "TemplateRules")

    bool isError() const { return severity == Severity::Error; }
    QString line() const { return field + QStringLiteral(": ") + message; } // for the CLI and logs
};

// Checks a template definition (a POST /v1/configs/templates body, §3.2) against every rule of §3.5 before it is
// submitted. Errors are what Meta (or the sandbox) refuses or rejects; warnings are risks worth a look. The order is
// the definition's: name, category, language, then the components in turn.
QList<TemplateProblem> checkTemplate(const QJsonObject& definition);

bool hasErrors(const QList<TemplateProblem>& problems);

// The rule's enumerator name ("BodyTooLong"), for tests, JSON output and logs; and back.
QString templateRuleName(TemplateRule rule);
std::optional<TemplateRule> templateRuleFromName(const QString& name);
int templateRuleCount();

// The variables of a text ("1", "first_name") in order of first appearance, malformed ones left out.
QStringList definitionVariables(const QString& text);

} // namespace wabadesk::templates
