#include "quickreplies/QuickReplyText.h"

#include <QRegularExpression>

namespace wabadesk::quickreplies {

namespace {

QString firstWord(const QString& name)
{
    return name.trimmed().section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
}

} // namespace

QString expand(const QString& text, const QuickReplyVariables& variables)
{
    QString out = text;
    const QString name = variables.name.trimmed();
    const QString agent = variables.agent.trimmed();
    if (!name.isEmpty()) {
        out.replace(QLatin1String(kNamePlaceholder), name);
        out.replace(QLatin1String(kFirstNamePlaceholder), firstWord(name));
    }
    if (!agent.isEmpty())
        out.replace(QLatin1String(kAgentPlaceholder), agent);
    return out;
}

QList<std::pair<int, int>> placeholderRanges(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{(name|first_name|agent)\\}"));
    QList<std::pair<int, int>> out;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedLength())});
    }
    return out;
}

} // namespace wabadesk::quickreplies
