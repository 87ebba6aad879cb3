#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace wabadesk::ui {

// Dates, times and numbers as the user's locale writes them, for the places where QLocale's ready-made formats do
// not fit (no seconds, milliseconds, no year, capped counts). The default QLocale() follows the system's regional
// settings, which may differ from the UI language the user chose in Preferences.

// Hours and minutes without seconds: "14:05" (de), "2:05 PM" (en_US).
QString shortTime(const QTime& time, const QLocale& locale = QLocale());
// With seconds and milliseconds, for logs and the webhook inspector: "14:05:09,123" (de), "2:05:09.123 PM" (en_US).
QString preciseTime(const QTime& time, const QLocale& locale = QLocale());
// The short numeric date with a four-digit year: "22.11.2026" (de), "11/22/2026" (en_US), "22/11/2026" (pt_BR).
QString numericDate(const QDate& date, const QLocale& locale = QLocale());
// numericDate and preciseTime of the local time.
QString preciseDateTime(const QDateTime& at, const QLocale& locale = QLocale());
// The long date without the year, for days of this year: "Sonntag, 22. November" (de), "Sunday, November 22"
// (en_US), "domingo, 22 de noviembre" (es).
QString dayAndMonth(const QDate& date, const QLocale& locale = QLocale());
// A size in bytes, the one way the whole application writes sizes: decimal units as WhatsApp states its limits
// (16 MB = 16,000,000 bytes) and as the Preferences' "MB" means, with the locale's digits: "482.1 kB" (en),
// "482,1 kB" (de), "2 MB". QLocale::formattedDataSize with DataSizeSIFormat; never KiB in one place and kB in another.
QString dataSize(qint64 bytes, int precision = 1, const QLocale& locale = QLocale());
// A count with the locale's digit grouping, "999+" style above cap (cap <= 0: no cap): "1.234" (de).
QString count(qint64 n, qint64 cap = 0, const QLocale& locale = QLocale());
// A length or position in a recording, as players write it: "0:07", "12:34", "1:02:03" (negative: "0:00").
QString mediaTime(qint64 milliseconds, const QLocale& locale = QLocale());

} // namespace wabadesk::ui
