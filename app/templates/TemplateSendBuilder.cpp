#include "templates/TemplateSendBuilder.h"

#include "api/MessageValidation.h"

#include <QJsonArray>

#include <variant>

namespace wabadesk::templates {

namespace {

void setName(api::TemplateBodyParameter& p, const QString& name)
{
    std::visit([&name](auto& value) { value.parameterName = name; }, p);
}

} // namespace

QJsonObject component(const Template& t, const QString& type)
{
    for (const QJsonValue& c : t.components) {
        if (c.toObject().value(QLatin1String("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            return c.toObject();
    }
    return {};
}

bool isNamed(const Template& t)
{
    const QString format =
        t.parameterFormat.isEmpty() ? t.raw.value(QLatin1String("parameter_format")).toString() : t.parameterFormat;
    return format.compare(QLatin1String("NAMED"), Qt::CaseInsensitive) == 0;
}

QStringList headerVariables(const Template& t)
{
    return api::templateVariableNames(component(t, QStringLiteral("HEADER")).value(QLatin1String("text")).toString());
}

QStringList bodyVariables(const Template& t)
{
    return api::templateVariableNames(component(t, QStringLiteral("BODY")).value(QLatin1String("text")).toString());
}

QString buttonSubType(const Template& t, int index)
{
    const QString type = component(t, QStringLiteral("BUTTONS"))
                             .value(QLatin1String("buttons"))
                             .toArray()
                             .at(index)
                             .toObject()
                             .value(QLatin1String("type"))
                             .toString()
                             .toUpper();
    if (type == QLatin1String("QUICK_REPLY"))
        return QStringLiteral("quick_reply");
    if (type == QLatin1String("COPY_CODE"))
        return QStringLiteral("copy_code");
    return QStringLiteral("url");
}

QJsonObject definition(const Template& t)
{
    QJsonObject d = t.raw;
    if (!t.name.isEmpty())
        d.insert(QStringLiteral("name"), t.name);
    if (!t.language.isEmpty())
        d.insert(QStringLiteral("language"), t.language);
    if (!t.category.isEmpty())
        d.insert(QStringLiteral("category"), t.category);
    if (!t.components.isEmpty())
        d.insert(QStringLiteral("components"), t.components);
    if (isNamed(t))
        d.insert(QStringLiteral("parameter_format"), QStringLiteral("NAMED"));
    return d;
}

api::TemplateSend buildSend(const Template& t, TemplateArguments arguments)
{
    const bool named = isNamed(t);
    api::TemplateSend send;
    send.name = t.name;
    send.languageCode = t.language;
    if (auto* text = std::get_if<api::TemplateTextParameter>(&arguments.header))
        text->parameterName = named ? headerVariables(t).value(0) : QString();
    send.header = std::move(arguments.header);
    const QStringList names = bodyVariables(t);
    for (qsizetype i = 0; i < arguments.body.size(); ++i) {
        setName(arguments.body[i], named ? names.value(i) : QString());
        send.body.append(arguments.body[i]);
    }
    for (const auto& [index, value] : std::as_const(arguments.buttons))
        send.buttons.append({index, buttonSubType(t, index), value});
    return send;
}

} // namespace wabadesk::templates
