#include "templates/PreviewText.h"

#include <QRegularExpression>

namespace wabadesk::templates {

namespace {

// A marker pair around text that neither starts nor ends with a space, not inside a word (WhatsApp's rule).
QString apply(QString html, const QString& marker, const QString& tag)
{
    const QString m = QRegularExpression::escape(marker);
    const QRegularExpression re(QStringLiteral("(^|[^\\w])%1(?=\\S)(.+?)(?<=\\S)%1(?=$|[^\\w])").arg(m),
                                QRegularExpression::UseUnicodePropertiesOption);
    return html.replace(re, QStringLiteral("\\1<%1>\\2</%1>").arg(tag));
}

} // namespace

QString whatsAppHtml(const QString& text)
{
    QString html = text.toHtmlEscaped();
    // Monospace first, and its content is not formatted further.
    static const QRegularExpression mono(QStringLiteral("```(.+?)```"), QRegularExpression::DotMatchesEverythingOption);
    QStringList monos;
    QString out;
    qsizetype last = 0;
    for (auto it = mono.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        out += html.mid(last, match.capturedStart() - last);
        out += QStringLiteral("\x01%1\x01").arg(monos.size());
        monos.append(match.captured(1));
        last = match.capturedEnd();
    }
    out += html.mid(last);
    QStringList lines = out.split(u'\n');
    for (QString& line : lines) {
        line = apply(line, QStringLiteral("*"), QStringLiteral("b"));
        line = apply(line, QStringLiteral("_"), QStringLiteral("i"));
        line = apply(line, QStringLiteral("~"), QStringLiteral("s"));
    }
    out = lines.join(QStringLiteral("<br>"));
    for (qsizetype i = 0; i < monos.size(); ++i)
        out.replace(QStringLiteral("\x01%1\x01").arg(i),
                    QStringLiteral("<span style=\"font-family: monospace;\">%1</span>")
                        .arg(QString(monos.at(i)).replace(u'\n', QStringLiteral("<br>"))));
    return out;
}

QString fillVariables(const QString& text, const QMap<QString, QString>& values)
{
    static const QRegularExpression var(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = var.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString value = values.value(m.captured(1));
        out += value.isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

} // namespace wabadesk::templates
