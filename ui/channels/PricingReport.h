#pragma once

#include "store/StoreTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace wabadesk::ui {

// This month's (or another month's) outgoing messages per pricing category and type (PMP, UPDATES-2026.md §7: from
// 1 Oct 2026 even service replies are charged per message), as the conversation header and the channel report say
// it.
class PricingReport {
    Q_DECLARE_TR_FUNCTIONS(PricingReport)
public:
    // [first day 00:00, first day of the next month 00:00) in local time, as UTC.
    static std::pair<QDateTime, QDateTime> month(const QDate& anyDay);
    // "This month: 3 charged (2 marketing, 1 utility) · 5 free"; "" when nothing was priced.
    static QString summary(const QList<store::PricingCount>& counts);
    // The CSV the report exports: month,category,type,pricing_model,messages,charged (RFC 4180, a header line).
    static QString csv(const QList<store::PricingCount>& counts, const QDate& month);
    static int charged(const QList<store::PricingCount>& counts);
    static int total(const QList<store::PricingCount>& counts);
};

} // namespace wabadesk::ui
