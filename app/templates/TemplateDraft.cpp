#include "templates/TemplateDraft.h"

#include "templates/TemplateRules.h"

#include <algorithm>

namespace wabadesk::templates {

namespace {

QJsonObject without(QJsonObject o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys)
        o.remove(QLatin1String(k));
    return o;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isNumber(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

// Samples from Meta's example shapes (§3.2): positional lists (nested for the body) or named {param_name, example}.
QMap<QString, QString> readSamples(const QJsonObject& example, const QString& kind, QJsonObject* rest)
{
    QMap<QString, QString> samples;
    const QString listKey = kind + QStringLiteral("_text");
    const QString namedKey = kind + QStringLiteral("_text_named_params");
    if (example.value(listKey).isArray()) {
        QJsonArray list = example.value(listKey).toArray();
        if (kind == QLatin1String("body") && list.at(0).isArray())
            list = list.at(0).toArray();
        else if (kind == QLatin1String("body"))
            return samples; // a flat body list is kept as it was (the checker flags it)
        for (qsizetype i = 0; i < list.size(); ++i)
            samples.insert(QString::number(i + 1), list.at(i).toString());
        rest->remove(listKey);
    }
    if (example.value(namedKey).isArray()) {
        for (const QJsonValue& v : example.value(namedKey).toArray())
            samples.insert(str(v.toObject(), "param_name"), str(v.toObject(), "example"));
        rest->remove(namedKey);
    }
    return samples;
}

void writeSamples(QJsonObject& component, const QString& kind, const QStringList& variables,
                  const QMap<QString, QString>& samples, const QJsonObject& extraExample)
{
    QJsonObject example = extraExample;
    if (!variables.isEmpty()) {
        const bool positional = isNumber(variables.first());
        if (positional) {
            int highest = 0;
            for (const QString& v : variables)
                highest = std::max(highest, v.toInt());
            QJsonArray list;
            for (int i = 1; i <= highest; ++i)
                list.append(samples.value(QString::number(i)));
            example.insert(kind + QStringLiteral("_text"), kind == QLatin1String("body") ? QJsonArray{list} : list);
        } else {
            QJsonArray named;
            for (const QString& v : variables)
                named.append(
                    QJsonObject{{QStringLiteral("param_name"), v}, {QStringLiteral("example"), samples.value(v)}});
            example.insert(kind + QStringLiteral("_text_named_params"), named);
        }
    }
    if (!example.isEmpty())
        component.insert(QStringLiteral("example"), example);
}

ButtonDraft buttonFrom(const QJsonObject& b)
{
    ButtonDraft d;
    d.type = str(b, "type").toUpper();
    d.text = str(b, "text");
    d.url = str(b, "url");
    d.phoneNumber = str(b, "phone_number");
    d.otpType = str(b, "otp_type").toUpper();
    d.autofillText = str(b, "autofill_text");
    d.supportedApps = b.value(QStringLiteral("supported_apps")).toArray();
    QJsonObject extra =
        without(b, {"type", "text", "url", "phone_number", "otp_type", "autofill_text", "supported_apps"});
    const QJsonValue example = b.value(QStringLiteral("example"));
    if (d.type == QLatin1String("URL") && example.isArray() && example.toArray().size() <= 1) {
        d.urlExample = example.toArray().at(0).toString();
        extra.remove(QStringLiteral("example"));
    } else if (d.type == QLatin1String("COPY_CODE") && example.isString()) {
        d.example = example.toString();
        extra.remove(QStringLiteral("example"));
    }
    d.extra = extra;
    return d;
}

QJsonObject buttonJson(const ButtonDraft& d)
{
    QJsonObject b = d.extra;
    b.insert(QStringLiteral("type"), d.type);
    if (!d.text.isEmpty())
        b.insert(QStringLiteral("text"), d.text);
    if (d.type == QLatin1String("URL")) {
        b.insert(QStringLiteral("url"), d.url);
        if (d.urlHasVariable() || !d.urlExample.isEmpty())
            b.insert(QStringLiteral("example"), QJsonArray{d.urlExample});
    } else if (d.type == QLatin1String("PHONE_NUMBER")) {
        b.insert(QStringLiteral("phone_number"), d.phoneNumber);
    } else if (d.type == QLatin1String("COPY_CODE")) {
        b.insert(QStringLiteral("example"), d.example);
    } else if (d.type == QLatin1String("OTP")) {
        b.insert(QStringLiteral("otp_type"), d.otpType);
        if (!d.autofillText.isEmpty())
            b.insert(QStringLiteral("autofill_text"), d.autofillText);
        if (!d.supportedApps.isEmpty())
            b.insert(QStringLiteral("supported_apps"), d.supportedApps);
    }
    return b;
}

} // namespace

QStringList TemplateDraft::headerVariables() const
{
    return headerFormat == QLatin1String("TEXT") ? definitionVariables(headerText) : QStringList();
}

QStringList TemplateDraft::bodyVariables() const
{
    QStringList vars = definitionVariables(bodyText);
    if (!vars.isEmpty() && std::all_of(vars.cbegin(), vars.cend(), isNumber))
        std::sort(vars.begin(), vars.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return vars;
}

int TemplateDraft::componentIndex(const QString& type) const
{
    int index = 0;
    const bool header = !headerFormat.isEmpty();
    const bool footer = hasFooter || !footerText.isEmpty() || codeExpirationMinutes.has_value();
    if (type == QLatin1String("HEADER"))
        return header ? 0 : -1;
    index += header ? 1 : 0;
    if (type == QLatin1String("BODY"))
        return index;
    ++index;
    if (type == QLatin1String("FOOTER"))
        return footer ? index : -1;
    index += footer ? 1 : 0;
    if (type == QLatin1String("BUTTONS"))
        return buttons.isEmpty() ? -1 : index;
    return -1;
}

QJsonObject TemplateDraft::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("category"), category);
    if (!parameterFormat.isEmpty())
        o.insert(QStringLiteral("parameter_format"), parameterFormat);

    QJsonArray components;
    if (!headerFormat.isEmpty()) {
        QJsonObject h = without(headerExtra, {"example"});
        h.insert(QStringLiteral("type"), QStringLiteral("HEADER"));
        h.insert(QStringLiteral("format"), headerFormat);
        QJsonObject example = headerExtra.value(QStringLiteral("example")).toObject();
        if (headerFormat == QLatin1String("TEXT")) {
            h.insert(QStringLiteral("text"), headerText);
            writeSamples(h, QStringLiteral("header"), headerVariables(), headerSamples, example);
        } else {
            if (!headerHandle.isEmpty())
                example.insert(QStringLiteral("header_handle"), QJsonArray{headerHandle});
            if (!example.isEmpty())
                h.insert(QStringLiteral("example"), example);
        }
        components.append(h);
    }
    QJsonObject body = without(bodyExtra, {"example"});
    body.insert(QStringLiteral("type"), QStringLiteral("BODY"));
    if (!bodyText.isEmpty())
        body.insert(QStringLiteral("text"), bodyText);
    if (addSecurityRecommendation)
        body.insert(QStringLiteral("add_security_recommendation"), *addSecurityRecommendation);
    writeSamples(body, QStringLiteral("body"), bodyVariables(), bodySamples,
                 bodyExtra.value(QStringLiteral("example")).toObject());
    components.append(body);
    if (componentIndex(QStringLiteral("FOOTER")) >= 0) {
        QJsonObject f = footerExtra;
        f.insert(QStringLiteral("type"), QStringLiteral("FOOTER"));
        if (!footerText.isEmpty())
            f.insert(QStringLiteral("text"), footerText);
        if (codeExpirationMinutes)
            f.insert(QStringLiteral("code_expiration_minutes"), *codeExpirationMinutes);
        components.append(f);
    }
    if (!buttons.isEmpty()) {
        QJsonObject b = buttonsExtra;
        b.insert(QStringLiteral("type"), QStringLiteral("BUTTONS"));
        QJsonArray list;
        for (const ButtonDraft& d : buttons)
            list.append(buttonJson(d));
        b.insert(QStringLiteral("buttons"), list);
        components.append(b);
    }
    o.insert(QStringLiteral("components"), components);
    return o;
}

TemplateDraft TemplateDraft::fromJson(const QJsonObject& definition)
{
    TemplateDraft d;
    d.name = str(definition, "name");
    d.language = str(definition, "language");
    d.category = str(definition, "category").toUpper();
    d.parameterFormat = str(definition, "parameter_format").toUpper();
    d.extra = without(definition, {"name", "language", "category", "parameter_format", "components"});
    for (const QJsonValue& value : definition.value(QStringLiteral("components")).toArray()) {
        const QJsonObject c = value.toObject();
        const QString type = str(c, "type").toUpper();
        QJsonObject example = c.value(QStringLiteral("example")).toObject();
        if (type == QLatin1String("HEADER")) {
            d.headerFormat = str(c, "format").toUpper();
            d.headerText = str(c, "text");
            d.headerSamples = readSamples(example, QStringLiteral("header"), &example);
            const QJsonArray handles = example.value(QStringLiteral("header_handle")).toArray();
            if (handles.size() == 1) {
                d.headerHandle = handles.at(0).toString();
                example.remove(QStringLiteral("header_handle"));
            }
            d.headerExtra = without(c, {"type", "format", "text", "example"});
            if (!example.isEmpty())
                d.headerExtra.insert(QStringLiteral("example"), example);
        } else if (type == QLatin1String("BODY")) {
            d.bodyText = str(c, "text");
            d.bodySamples = readSamples(example, QStringLiteral("body"), &example);
            if (c.value(QStringLiteral("add_security_recommendation")).isBool())
                d.addSecurityRecommendation = c.value(QStringLiteral("add_security_recommendation")).toBool();
            d.bodyExtra = without(c, {"type", "text", "example", "add_security_recommendation"});
            if (!example.isEmpty())
                d.bodyExtra.insert(QStringLiteral("example"), example);
        } else if (type == QLatin1String("FOOTER")) {
            d.hasFooter = true;
            d.footerText = str(c, "text");
            if (c.value(QStringLiteral("code_expiration_minutes")).isDouble())
                d.codeExpirationMinutes = c.value(QStringLiteral("code_expiration_minutes")).toInt();
            d.footerExtra = without(c, {"type", "text", "code_expiration_minutes"});
        } else if (type == QLatin1String("BUTTONS")) {
            for (const QJsonValue& b : c.value(QStringLiteral("buttons")).toArray())
                d.buttons.append(buttonFrom(b.toObject()));
            d.buttonsExtra = without(c, {"type", "buttons"});
        }
    }
    return d;
}

} // namespace wabadesk::templates
