#include "sandbox/TemplateRules.h"

#include "sandbox/SandboxChannel.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace wabadesk::sandbox {

namespace {

const QString kBody = QStringLiteral("BODY");
const QString kHeader = QStringLiteral("HEADER");
const QString kFooter = QStringLiteral("FOOTER");
const QString kButtons = QStringLiteral("BUTTONS");

GraphError invalid(const QString& details)
{
    return graphError(100, details);
}

// A template-creation error with Meta's subcode (pywa errors.py, REFERENCE.md §3.5).
GraphError creationError(int subcode, const QString& title, const QString& message)
{
    GraphError error = graphError(100, message, subcode);
    error.userTitle = title;
    error.userMessage = message;
    return error;
}

GraphError tooLong(const QString& what, int limit)
{
    return creationError(2388040, QStringLiteral("Message template character limit exceeded"),
                         QStringLiteral("The %1 is longer than %2 characters.").arg(what).arg(limit));
}

int countWords(QString text)
{
    static const QRegularExpression variable(QStringLiteral(R"(\{\{[^}]*\}\})"));
    static const QRegularExpression word(QStringLiteral(R"(\w+)"), QRegularExpression::UseUnicodePropertiesOption);
    text.remove(variable);
    int words = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++words;
    return words;
}

// Checks the variables of a BODY or HEADER text and their examples (§3.2 examples, §3.5 rules).
std::optional<GraphError> checkVariables(const QString& text, const QJsonObject& component, bool named, bool isBody)
{
    const QStringList names = templateVariables(text);
    if (names.isEmpty())
        return std::nullopt;
    const QSet<QString> distinct(names.cbegin(), names.cend());
    static const QRegularExpression namedRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (named) {
        for (const QString& name : names) {
            if (!namedRe.match(name).hasMatch())
                return invalid(QStringLiteral("With parameter_format NAMED, variables are lower-case names such as "
                                              "{{first_name}}; {{%1}} is not.")
                                   .arg(name));
        }
    } else {
        for (int i = 1; i <= int(distinct.size()); ++i) {
            if (!distinct.contains(QString::number(i)))
                return invalid(QStringLiteral("Variables must be numbered {{1}}, {{2}}, … in sequence, without gaps."));
        }
    }
    if (isBody) {
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1String("{{")) || trimmed.endsWith(QLatin1String("}}")))
            return creationError(2388299, QStringLiteral("Variables can't be at the start or end of the template"),
                                 QStringLiteral("Variables can't be at the start or end of the template."));
        // Meta's words-per-variable ratio is not published; this threshold (more words than variables) is the
        // sandbox's approximation.
        if (countWords(text) <= int(distinct.size()))
            return creationError(2388293, QStringLiteral("Too many variables for the message length"),
                                 QStringLiteral("This template contains too many variables for its length."));
    }
    const QJsonObject example = component.value(QStringLiteral("example")).toObject();
    const QString kind = isBody ? QStringLiteral("body") : QStringLiteral("header");
    if (named) {
        QSet<QString> sampled;
        for (const QJsonValue& v : example.value(kind + QStringLiteral("_text_named_params")).toArray())
            sampled.insert(v.toObject().value(QStringLiteral("param_name")).toString());
        if (!sampled.contains(distinct))
            return invalid(QStringLiteral("Add a sample for every variable (example.%1_text_named_params).").arg(kind));
    } else {
        const QJsonValue samples = example.value(kind + QStringLiteral("_text"));
        // Body samples are nested ([["a","b"]]), header samples flat (["a"]) (§3.2).
        const qsizetype count = isBody ? samples.toArray().at(0).toArray().size() : samples.toArray().size();
        if (count < distinct.size())
            return invalid(QStringLiteral("Add a sample for every variable (example.%1_text).").arg(kind));
    }
    return std::nullopt;
}

std::optional<GraphError> checkHeader(const QJsonObject& header, bool named)
{
    const QString format = header.value(QStringLiteral("format")).toString().toUpper();
    static const QStringList formats{QStringLiteral("TEXT"),     QStringLiteral("IMAGE"),    QStringLiteral("VIDEO"),
                                     QStringLiteral("DOCUMENT"), QStringLiteral("LOCATION"), QStringLiteral("PRODUCT")};
    if (!formats.contains(format))
        return creationError(
            2388047, QStringLiteral("Message template header format is incorrect"),
            QStringLiteral("The header format must be one of %1.").arg(formats.join(QStringLiteral(", "))));
    if (format == QLatin1String("TEXT")) {
        const QString text = header.value(QStringLiteral("text")).toString();
        if (text.isEmpty())
            return invalid(QStringLiteral("A TEXT header needs text."));
        if (text.size() > 60)
            return tooLong(QStringLiteral("header text"), 60);
        const QStringList variables = templateVariables(text);
        if (QSet<QString>(variables.cbegin(), variables.cend()).size() > 1)
            return creationError(2388047, QStringLiteral("Message template header format is incorrect"),
                                 QStringLiteral("A header can have at most one variable."));
        return checkVariables(text, header, named, false);
    }
    if (format == QLatin1String("IMAGE") || format == QLatin1String("VIDEO") || format == QLatin1String("DOCUMENT")) {
        const QJsonArray handles =
            header.value(QStringLiteral("example")).toObject().value(QStringLiteral("header_handle")).toArray();
        if (handles.isEmpty() || handles.at(0).toString().isEmpty())
            return invalid(QStringLiteral("Add a sample for the %1 header (example.header_handle, from the resumable "
                                          "upload).")
                               .arg(format));
    }
    return std::nullopt;
}

std::optional<GraphError> checkButtons(const QJsonObject& component)
{
    const QJsonArray buttons = component.value(QStringLiteral("buttons")).toArray();
    if (buttons.isEmpty() || buttons.size() > 10)
        return invalid(QStringLiteral("A BUTTONS component has 1 to 10 buttons."));
    QHash<QString, int> counts;
    int groups = 0;
    bool previousQuickReply = false;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject button = buttons.at(i).toObject();
        const QString type = button.value(QStringLiteral("type")).toString().toUpper();
        ++counts[type];
        const bool quickReply = type == QLatin1String("QUICK_REPLY");
        if (i == 0 || quickReply != previousQuickReply)
            ++groups;
        previousQuickReply = quickReply;
        if (button.value(QStringLiteral("text")).toString().size() > 25)
            return tooLong(QStringLiteral("button text"), 25);
        if (type == QLatin1String("URL")) {
            const QString url = button.value(QStringLiteral("url")).toString();
            if (url.isEmpty() || url.size() > 2000)
                return invalid(QStringLiteral("A URL button needs a url of at most 2000 characters."));
            const QStringList variables = templateVariables(url);
            if (variables.size() > 1 || (variables.size() == 1 && !url.endsWith(QLatin1String("}}"))))
                return invalid(QStringLiteral("A URL button can have one variable, at the end of the URL."));
            if (variables.size() == 1 && button.value(QStringLiteral("example")).toArray().isEmpty())
                return invalid(QStringLiteral("A URL button with a variable needs an example."));
        }
    }
    if (counts.value(QStringLiteral("URL")) > 2 || counts.value(QStringLiteral("PHONE_NUMBER")) > 1 ||
        counts.value(QStringLiteral("COPY_CODE")) > 1)
        return invalid(QStringLiteral("At most 2 URL buttons, 1 phone number button and 1 copy code button."));
    // Quick replies must be grouped together (before or after the other buttons): at most two groups.
    if (groups > 2 || (groups == 2 && counts.value(QStringLiteral("QUICK_REPLY")) == 0))
        return invalid(QStringLiteral("Invalid combination of buttons: group the quick replies together."));
    return std::nullopt;
}

} // namespace

QStringList templateVariables(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*([^{}\s]+)\s*\}\})"));
    QStringList names;
    for (auto it = re.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

std::optional<GraphError> validateNewTemplate(const QJsonObject& body)
{
    const QString name = body.value(QStringLiteral("name")).toString();
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9_]+$"));
    if (name.isEmpty())
        return invalid(QStringLiteral("The parameter name is required."));
    if (name.size() > 512 || !nameRe.match(name).hasMatch())
        return invalid(QStringLiteral("Param name may contain only lower-case letters, digits and underscores, and at "
                                      "most 512 characters."));
    const QString category = body.value(QStringLiteral("category")).toString();
    if (category != QLatin1String("MARKETING") && category != QLatin1String("UTILITY") &&
        category != QLatin1String("AUTHENTICATION"))
        return invalid(QStringLiteral("Param category must be one of AUTHENTICATION, MARKETING, UTILITY."));
    if (body.value(QStringLiteral("language")).toString().isEmpty())
        return invalid(QStringLiteral("The parameter language is required."));
    const QString format = body.value(QStringLiteral("parameter_format")).toString(QStringLiteral("POSITIONAL"));
    if (format != QLatin1String("POSITIONAL") && format != QLatin1String("NAMED"))
        return invalid(QStringLiteral("Param parameter_format must be POSITIONAL or NAMED."));
    if (body.contains(QStringLiteral("library_template_name")))
        return std::nullopt; // Meta builds the components from its library
    if (!body.value(QStringLiteral("components")).isArray())
        return invalid(QStringLiteral("The parameter components is required."));

    QHash<QString, QJsonObject> byType;
    for (const QJsonValue& value : body.value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(QStringLiteral("type")).toString().toUpper();
        if (type != kBody && type != kHeader && type != kFooter && type != kButtons)
            return invalid(QStringLiteral("Unknown component type '%1'.").arg(type));
        if (byType.contains(type))
            return invalid(QStringLiteral("A template has at most one %1 component.").arg(type));
        byType.insert(type, component);
    }
    if (!byType.contains(kBody))
        return invalid(QStringLiteral("A BODY component is required."));
    const bool named = format == QLatin1String("NAMED");
    if (category != QLatin1String("AUTHENTICATION")) {
        const QString text = byType.value(kBody).value(QStringLiteral("text")).toString();
        if (text.trimmed().isEmpty())
            return invalid(QStringLiteral("The BODY component needs text."));
        if (text.size() > 1024)
            return tooLong(QStringLiteral("body text"), 1024);
        if (auto error = checkVariables(text, byType.value(kBody), named, true))
            return error;
    }
    if (byType.contains(kHeader)) {
        if (auto error = checkHeader(byType.value(kHeader), named))
            return error;
    }
    if (byType.contains(kFooter)) {
        const QString text = byType.value(kFooter).value(QStringLiteral("text")).toString();
        if (text.size() > 60)
            return tooLong(QStringLiteral("footer text"), 60);
        if (!templateVariables(text).isEmpty())
            return creationError(2388073, QStringLiteral("Message template footer format is incorrect"),
                                 QStringLiteral("The footer cannot contain variables."));
        const QJsonValue minutes = byType.value(kFooter).value(QStringLiteral("code_expiration_minutes"));
        if (!minutes.isUndefined() && (minutes.toInt() < 1 || minutes.toInt() > 90))
            return invalid(QStringLiteral("code_expiration_minutes must be between 1 and 90."));
    }
    if (byType.contains(kButtons)) {
        if (auto error = checkButtons(byType.value(kButtons)))
            return error;
    }
    return std::nullopt;
}

QString newTemplateId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 22; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]));
    return id;
}

qint64 newTemplateMetaId()
{
    return QString(QStringLiteral("1") + randomDigits(15)).toLongLong();
}

QJsonArray completeAuthenticationComponents(QJsonArray components)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject component = components.at(i).toObject();
        const QString type = component.value(QStringLiteral("type")).toString().toUpper();
        if (type == kBody && !component.contains(QStringLiteral("text"))) {
            QString text = QStringLiteral("*{{1}}* is your verification code.");
            if (component.value(QStringLiteral("add_security_recommendation")).toBool())
                text += QStringLiteral(" For your security, do not share this code.");
            component.insert(QStringLiteral("text"), text);
        } else if (type == kFooter && !component.contains(QStringLiteral("text"))) {
            const int minutes = component.value(QStringLiteral("code_expiration_minutes")).toInt(10);
            component.insert(QStringLiteral("text"), QStringLiteral("This code expires in %1 minutes.").arg(minutes));
        }
        components[i] = component;
    }
    return components;
}

QJsonObject templateListEntry(const QJsonObject& body, const QString& id)
{
    const QString category = body.value(QStringLiteral("category")).toString();
    QJsonArray components = body.value(QStringLiteral("components")).toArray();
    if (category == QLatin1String("AUTHENTICATION"))
        components = completeAuthenticationComponents(components);
    QJsonObject entry{
        {QStringLiteral("category"), category},
        {QStringLiteral("components"), components},
        {QStringLiteral("id"), id},
        {QStringLiteral("language"), body.value(QStringLiteral("language")).toString()},
        {QStringLiteral("modified_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("modified_by"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("system")},
                                                    {QStringLiteral("user_name"), QStringLiteral("system")}}},
        {QStringLiteral("name"), body.value(QStringLiteral("name")).toString()},
        {QStringLiteral("namespace"), SandboxChannel::templateNamespace()},
        {QStringLiteral("partner_id"), SandboxChannel::partnerId()},
        {QStringLiteral("quality_score"), QJsonObject{{QStringLiteral("score"), QStringLiteral("UNKNOWN")}}},
        {QStringLiteral("rejected_reason"), QStringLiteral("NONE")},
        {QStringLiteral("status"), QStringLiteral("submitted")},
        {QStringLiteral("waba_account_id"), SandboxChannel::wabaAccountId()}};
    if (body.contains(QStringLiteral("parameter_format")))
        entry.insert(QStringLiteral("parameter_format"), body.value(QStringLiteral("parameter_format")));
    return entry;
}

ReviewOutcome reviewTemplate(const QJsonObject& templateJson)
{
    QString allText;
    QString bodyText;
    for (const QJsonValue& value : templateJson.value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        const QString text = component.value(QStringLiteral("text")).toString();
        allText += text + u'\n';
        if (component.value(QStringLiteral("type")).toString().toUpper() == kBody)
            bodyText = text;
        for (const QJsonValue& button : component.value(QStringLiteral("buttons")).toArray())
            allText += button.toObject().value(QStringLiteral("text")).toString() + u'\n';
    }
    ReviewOutcome outcome;
    static const QRegularExpression adjacent(QStringLiteral(R"(\}\}\s*\{\{)"));
    static const QRegularExpression promotional(QStringLiteral(R"(\b(sale|discount|promo|coupon|deal)s?\b|%\s*off\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (adjacent.match(bodyText).hasMatch()) {
        // rejection_info texts as in Meta's webhook (pywa fixture, REFERENCE.md §6.5).
        outcome.approved = false;
        outcome.reason = QStringLiteral("INVALID_FORMAT");
        outcome.explanation = QStringLiteral("Your template has parameters placed next to each other (like {{1}}{{2}}) "
                                             "without text or punctuation between them.");
        outcome.recommendation =
            QStringLiteral("Separate parameters with descriptive text and ensure each parameter is "
                           "clearly contextualized.");
    } else if (templateJson.value(QStringLiteral("category")).toString() == QLatin1String("UTILITY") &&
               promotional.match(allText).hasMatch()) {
        outcome.approved = false;
        outcome.reason = QStringLiteral("PROMOTIONAL");
        outcome.explanation = QStringLiteral("Your template was submitted as UTILITY but contains promotional content "
                                             "such as sales or discounts.");
        outcome.recommendation = QStringLiteral("Remove the promotional wording, or submit the template as MARKETING.");
    }
    return outcome;
}

} // namespace wabadesk::sandbox
