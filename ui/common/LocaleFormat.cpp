#include "common/LocaleFormat.h"

#include <QRegularExpression>

namespace wabadesk::ui {

namespace {

// A time zone field ("t", "(t)" in Spanish), which a local clock time does not need.
const QRegularExpression& zoneField()
{
    static const QRegularExpression zone(QStringLiteral("\\s*\\(?t+\\)?"));
    return zone;
}

// What remains of a format after taking a field out is trimmed of spaces and commas at either end.
QString trimmedFormat(const QString& format)
{
    static const QRegularExpression ends(QStringLiteral("^[\\s,\u060C]+|[\\s,\u060C]+$"));
    return QString(format).remove(ends);
}

} // namespace

QString shortTime(const QTime& time, const QLocale& locale)
{
    // Some locales' short format (C's) has seconds.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    format.remove(zoneField());
    return locale.toString(time, trimmedFormat(format));
}

QString preciseTime(const QTime& time, const QLocale& locale)
{
    static const QRegularExpression seconds(QStringLiteral("s+"));
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(zoneField());
    if (!format.contains(QLatin1Char('s')))
        format = QStringLiteral("HH:mm:ss");
    // The fraction takes the locale's decimal separator ("09,123" in German), as ISO 8601 allows.
    format.replace(seconds, QLatin1String("ss") + locale.decimalPoint() + QLatin1String("zzz"));
    return locale.toString(time, trimmedFormat(format));
}

QString numericDate(const QDate& date, const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return locale.toString(date, format);
}

QString preciseDateTime(const QDateTime& at, const QLocale& locale)
{
    const QDateTime local = at.toLocalTime();
    return numericDate(local.date(), locale) + QLatin1Char(' ') + preciseTime(local.time(), locale);
}

QString dayAndMonth(const QDate& date, const QLocale& locale)
{
    // The long format without its year and the words that tie the year to the rest: "dddd, d 'de' MMMM 'de' yyyy"
    // (es, pt_BR), "dddd, MMMM d, yyyy" (en_US), "dddd, d MMMM yyyy 'г'." (ru), "yyyy年M月d日dddd" (ja),
    // "yyyy. MMMM d., dddd" (hu).
    static const QRegularExpression year(
        QStringLiteral("(\\s*'[^']*')?\\s*y+\\s*('[^']*'\\.?|[\u5E74\uB144]\\.?|\\.)?"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format = trimmedFormat(format.remove(year));
    if (!format.contains(QLatin1Char('M')) || !format.contains(QLatin1Char('d')))
        return locale.toString(date, QLocale::LongFormat);
    return locale.toString(date, format);
}

QString dataSize(qint64 bytes, int precision, const QLocale& locale)
{
    return locale.formattedDataSize(bytes, precision, QLocale::DataSizeSIFormat);
}

QString count(qint64 n, qint64 cap, const QLocale& locale)
{
    if (cap > 0 && n > cap)
        return locale.toString(cap) + QLatin1Char('+');
    return locale.toString(n);
}

QString mediaTime(qint64 milliseconds, const QLocale& locale)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds) / 1000;
    const auto two = [&locale](qint64 n) {
        return locale.toString(n).rightJustified(2, locale.zeroDigit().at(0));
    };
    const QString minutesAndSeconds = two(seconds / 60 % 60) + QLatin1Char(':') + two(seconds % 60);
    if (seconds >= 3600)
        return locale.toString(seconds / 3600) + QLatin1Char(':') + minutesAndSeconds;
    return locale.toString(seconds / 60) + QLatin1Char(':') + two(seconds % 60);
}

} // namespace wabadesk::ui
