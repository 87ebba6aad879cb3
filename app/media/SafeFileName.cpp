#include "media/SafeFileName.h"

#include <QRegularExpression>

namespace wabadesk::media {

namespace {

constexpr int kMaxLength = 120;

bool isReservedDeviceName(const QString& name)
{
    // Windows refuses these as file names whatever the extension ("nul.txt", "COM1.jpg").
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

QString clean(const QString& untrusted)
{
    // Only the last path component counts, whichever separator the sender used.
    QString name = untrusted;
    const qsizetype cut = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (cut >= 0)
        name = name.mid(cut + 1);
    QString out;
    out.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.category() == QChar::Other_Format ||
            QStringView(u"<>:\"|?*").contains(c))
            out.append(QLatin1Char('_'));
        else
            out.append(c);
    }
    // No hidden files, no "..", no names Windows trims to something else.
    while (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char(' ')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString shorten(const QString& name)
{
    if (name.size() <= kMaxLength)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    QString base = name.left(kMaxLength - extension.size());
    if (!base.isEmpty() && base.back().isHighSurrogate())
        base.chop(1); // never split a surrogate pair
    return base + extension;
}

} // namespace

QString safeFileName(const QString& untrusted, const QString& fallbackBase, const QString& fallbackExtension)
{
    QString name = shorten(clean(untrusted));
    if (name.isEmpty()) {
        QString base = clean(fallbackBase);
        if (base.isEmpty())
            base = QStringLiteral("file");
        const QString extension = clean(fallbackExtension);
        name = shorten(extension.isEmpty() ? base : base + QLatin1Char('.') + extension);
    }
    if (isReservedDeviceName(name))
        name.prepend(QLatin1Char('_')); // "_NUL.txt" is an ordinary file everywhere
    return name;
}

} // namespace wabadesk::media
