#include "conversations/ConversationText.h"

#include "common/LocaleFormat.h"

#include <QRegularExpression>

#include <algorithm>

namespace wabadesk::ui {

QString ConversationText::oneLine(const QString& text)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), 512));
    bool space = false;
    // A preview needs a line, not the whole message: long texts are cut before the scan.
    const QStringView view = QStringView(text).left(1024);
    for (const QChar c : view) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

QString ConversationText::fold(const QString& text)
{
    const QString line = oneLine(text);
    // Most names and messages are ASCII: lower-case them without the Unicode decomposition.
    const bool ascii = std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return line.toLower();
    const QString decomposed = line.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

QString ConversationText::typeLabel(const QString& type)
{
    if (type == QLatin1String("image"))
        return tr("Photo");
    if (type == QLatin1String("video"))
        return tr("Video");
    if (type == QLatin1String("audio"))
        return tr("Audio");
    if (type == QLatin1String("voice"))
        return tr("Voice message");
    if (type == QLatin1String("document"))
        return tr("Document");
    if (type == QLatin1String("sticker"))
        return tr("Sticker");
    if (type == QLatin1String("location"))
        return tr("Location");
    if (type == QLatin1String("contacts"))
        return tr("Contact");
    if (type == QLatin1String("order"))
        return tr("Order");
    if (type == QLatin1String("template"))
        return tr("Template");
    if (type == QLatin1String("call"))
        return tr("WhatsApp call");
    if (type == QLatin1String("unsupported") || type == QLatin1String("unknown"))
        return tr("Unsupported message");
    return {};
}

QString ConversationText::preview(const QString& type, const QString& text)
{
    // A location's text is its name and address on two lines: the name says it ("Location: Alexanderplatz").
    const QString line = oneLine(type == QLatin1String("location") ? text.section(QLatin1Char('\n'), 0, 0) : text);
    const QString label = typeLabel(type);
    if (label.isEmpty())
        return line;
    if (line.isEmpty())
        return label;
    //: A message preview in the conversation list: "Photo: the caption", "Location: Berlin Zoo".
    return tr("%1: %2").arg(label, line);
}

QString ConversationText::activityTime(const QDateTime& at, const QDateTime& now, const QLocale& locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    if (day == today) {
        return shortTime(local.time(), locale); // a list shows hours and minutes
    }
    if (day == today.addDays(-1))
        return tr("Yesterday");
    if (day > today.addDays(-7) && day < today)
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

QString ConversationText::windowChip(const Conversation& conversation, const QDateTime& now)
{
    if (!conversation.isWindowOpen(now))
        return tr("Closed");
    const qint64 seconds = now.secsTo(conversation.windowExpiresAt());
    if (seconds >= 3600)
        return tr("%n h left", nullptr, int(seconds / 3600));
    return tr("%n min left", nullptr, int(qMax<qint64>(1, seconds / 60)));
}

QString ConversationText::windowToolTip(const Conversation& conversation, const QDateTime& now, const QLocale& locale)
{
    if (conversation.isWindowOpen(now)) {
        return tr("Customer service window open until %1: free-form messages can be sent.")
            .arg(locale.toString(conversation.windowExpiresAt().toLocalTime(), QLocale::ShortFormat));
    }
    if (!conversation.lastInboundAt.isValid())
        return tr("The customer has not written yet: start with a template message.");
    return tr("Customer service window closed: only template messages can be sent until the customer writes again.");
}

QString ConversationText::identity(const Conversation& c, const QString& shownName)
{
    if (c.isGroup())
        return tr("Group");
    const Contact& k = c.contact;
    QStringList parts;
    if (!k.username.isEmpty())
        parts << QLatin1Char('@') + k.username;
    const QString phone = !k.phoneInternational.isEmpty() ? k.phoneInternational
                          : !k.waId.isEmpty()             ? QLatin1Char('+') + k.waId
                                                          : QString();
    if (!phone.isEmpty())
        parts << phone;
    else if (!k.userId.isEmpty())
        parts << tr("no phone number");
    parts.removeAll(shownName);
    return parts.join(QStringLiteral(" · "));
}

} // namespace wabadesk::ui
