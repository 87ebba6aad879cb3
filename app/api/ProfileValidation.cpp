#include "api/ProfileValidation.h"

#include "profile/ProfileRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wabadesk::api {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct ProfileText {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidation)
};

// The string at `key`, when present; a problem when it is not a string.
std::optional<QString> stringAt(const QJsonObject& body, const char* key, QStringList& problems)
{
    const QString name = QString::fromLatin1(key);
    if (!body.contains(name))
        return std::nullopt;
    if (!body.value(name).isString()) {
        problems << ProfileText::tr("%1: must be a string").arg(name);
        return std::nullopt;
    }
    return body.value(name).toString();
}

} // namespace

const QStringList& businessVerticals()
{
    return profile::verticals();
}

QStringList validateProfileUpdate(const QJsonObject& body)
{
    QStringList problems;
    if (body.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp"))
        problems << ProfileText::tr("messaging_product: must be \"whatsapp\"");
    BusinessProfileUpdate update;
    update.about = stringAt(body, "about", problems);
    update.address = stringAt(body, "address", problems);
    update.description = stringAt(body, "description", problems);
    update.email = stringAt(body, "email", problems);
    update.vertical = stringAt(body, "vertical", problems);
    update.profilePictureHandle = stringAt(body, "profile_picture_handle", problems);
    if (body.contains(QStringLiteral("websites"))) {
        const QJsonValue v = body.value(QStringLiteral("websites"));
        if (!v.isArray()) {
            problems << ProfileText::tr("websites: must be a list");
        } else {
            QStringList sites;
            for (const QJsonValue& s : v.toArray()) {
                if (!s.isString())
                    problems << ProfileText::tr("websites: every entry must be a string");
                sites.append(s.toString());
            }
            update.websites = sites;
        }
    }
    return problems + profile::describe(profile::validate(update));
}

} // namespace wabadesk::api
