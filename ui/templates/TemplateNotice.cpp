#include "templates/TemplateNotice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace wabadesk::ui {

QString TemplateNotice::text(const Template& t, const QDateTime& now)
{
    if (t.noticeKind.isEmpty())
        return {};
    constexpr qint64 kShownDays = 30;
    if (t.noticeAt.isValid() && t.noticeAt.daysTo(now) > kShownDays)
        return {};
    const QString when = QLocale().toString(t.noticeAt.toLocalTime().date(), QLocale::ShortFormat);
    if (t.noticeKind == QLatin1String("category_planned"))
        return tr("Meta will change the category to %1 on %2").arg(t.noticeTo, when);
    if (t.noticeKind == QLatin1String("category")) {
        if (t.noticeFrom.isEmpty())
            return tr("Meta changed the category to %1 on %2").arg(t.noticeTo, when);
        return tr("Meta changed the category from %1 to %2 on %3").arg(t.noticeFrom, t.noticeTo, when);
    }
    if (t.noticeKind == QLatin1String("components"))
        return tr("Meta changed the content on %1; the next refresh shows it").arg(when);
    return {};
}

QString TemplateNotice::variables(const Template& t)
{
    static const QRegularExpression variable(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QStringList names;
    for (const QJsonValue& c : t.components) {
        auto it = variable.globalMatch(c.toObject().value(QLatin1String("text")).toString());
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!names.contains(name))
                names << name;
        }
    }
    if (names.isEmpty())
        return {};
    const bool named = t.parameterFormat.compare(QLatin1String("NAMED"), Qt::CaseInsensitive) == 0;
    if (!named)
        return tr("Variables: numbered (%n)", nullptr, int(names.size()));
    QStringList shown;
    for (const QString& n : names)
        shown << QStringLiteral("{{%1}}").arg(n);
    return tr("Variables: named (%1)").arg(shown.join(QStringLiteral(", ")));
}

} // namespace wabadesk::ui
