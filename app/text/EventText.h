#pragma once

#include "model/Call.h"
#include "model/StoredMessage.h"

#include <QList>
#include <QString>

#include <utility>

namespace wabadesk::text {

// What the desk (and `wabadesk-cli export`) says for the 2026 kinds of issue #16, in one place so that the
// conversation view, notifications and the export agree. Translated (context "EventText"); no widgets.

// "5:12", "1:02:03" (minutes:seconds, hours when needed).
QString callDuration(qint64 seconds);
// "Missed call", "Incoming call · 5:12", "Outgoing call · not answered", "Call declined", "Call failed (…)", …
QString callSummary(const CallRecord& call);
// A call_permission_reply: "Allowed calls until 14 Dec 2026 10:00" / "Declined calls".
QString callPermissionText(const StoredMessage& message);
// A Flow's answers (nfm_reply response_json), in the order they came, flow_token left out, field names made readable
// ("delivery_rating" → "Delivery rating"). Empty when there is no response_json or it is not an object.
QList<std::pair<QString, QString>> flowAnswers(const StoredMessage& message);
// A group's system line ("Jonas Becker joined with the invite link", "The subject is now “…”", …), or a customer's
// marketing stop or resume.
QString systemLineText(const StoredMessage& message);
// PMP pricing as Message info shows it: "Marketing · charged", "Service · free (customer service window)".
QString pricingText(const QString& category, const QString& type);
QString pricingCategoryName(const QString& category);

// The message's content as the desk shows it, on one line: a call's outcome and duration, a Flow's answers
// ("Delivery rating: 5; Comment: …"), a call permission, a system line, else its text or caption.
QString contentText(const StoredMessage& message);

} // namespace wabadesk::text
