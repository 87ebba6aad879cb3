#include "api/ProfileValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace wabadesk::api {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct ProfileText {
    Q_DECLARE_TR_FUNCTIONS(ProfileValidation)
};

void checkLength(QStringList& problems, const QJsonObject& body, const QString& key, int min, int max)
{
    if (!body.contains(key))
        return;
    const QJsonValue v = body.value(key);
    if (!v.isString()) {
        problems << ProfileText::tr("%1: must be a string").arg(key);
        return;
    }
    const qsizetype n = v.toString().size();
    if (n < min)
        problems << ProfileText::tr("%1: cannot be empty").arg(key);
    if (n > max)
        problems << ProfileText::tr("%1: is %2 characters long; the limit is %3").arg(key).arg(n).arg(max);
}

} // namespace

const QStringList& businessVerticals()
{
    static const QStringList verticals{
        QStringLiteral("UNDEFINED"), QStringLiteral("OTHER"),      QStringLiteral("AUTO"),
        QStringLiteral("BEAUTY"),    QStringLiteral("APPAREL"),    QStringLiteral("EDU"),
        QStringLiteral("ENTERTAIN"), QStringLiteral("EVENT_PLAN"), QStringLiteral("FINANCE"),
        QStringLiteral("GROCERY"),   QStringLiteral("GOVT"),       QStringLiteral("HOTEL"),
        QStringLiteral("HEALTH"),    QStringLiteral("NONPROFIT"),  QStringLiteral("PROF_SERVICES"),
        QStringLiteral("RETAIL"),    QStringLiteral("TRAVEL"),     QStringLiteral("RESTAURANT"),
        QStringLiteral("NOT_A_BIZ")};
    return verticals;
}

QStringList validateProfileUpdate(const QJsonObject& body)
{
    QStringList problems;
    if (body.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp"))
        problems << ProfileText::tr("messaging_product: must be \"whatsapp\"");
    checkLength(problems, body, QStringLiteral("about"), 1, 139);
    checkLength(problems, body, QStringLiteral("address"), 0, 256);
    checkLength(problems, body, QStringLiteral("description"), 0, 512);
    checkLength(problems, body, QStringLiteral("email"), 0, 128);
    if (body.contains(QStringLiteral("email"))) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        const QString e = body.value(QStringLiteral("email")).toString();
        if (!e.isEmpty() && !email.match(e).hasMatch())
            problems << ProfileText::tr("email: \"%1\" is not an email address").arg(e);
    }
    if (body.contains(QStringLiteral("websites"))) {
        const QJsonValue v = body.value(QStringLiteral("websites"));
        const QJsonArray sites = v.toArray();
        if (!v.isArray())
            problems << ProfileText::tr("websites: must be a list");
        if (sites.size() > 2)
            problems << ProfileText::tr("websites: at most 2 are allowed (%1 given)").arg(sites.size());
        for (const auto& s : sites) {
            const QString site = s.toString();
            const QUrl url(site, QUrl::StrictMode);
            if (site.size() > 256)
                problems << ProfileText::tr("websites: \"%1…\" is longer than 256 characters").arg(site.left(40));
            else if (!url.isValid() || url.host().isEmpty() ||
                     (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                problems << ProfileText::tr("websites: \"%1\" must start with http:// or https://").arg(site);
        }
    }
    if (body.contains(QStringLiteral("vertical")) &&
        !businessVerticals().contains(body.value(QStringLiteral("vertical")).toString()))
        problems << ProfileText::tr("vertical: \"%1\" is not one of %2")
                        .arg(body.value(QStringLiteral("vertical")).toString(),
                             businessVerticals().join(QStringLiteral(", ")));
    return problems;
}

} // namespace wabadesk::api
