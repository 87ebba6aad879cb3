#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace wabadesk {

// A message template as listed by GET /v1/configs/templates (REFERENCE.md §3.1).
struct Template {
    QString id;
    QString name;
    QString language;
    QString category;        // MARKETING, UTILITY, AUTHENTICATION (upper case)
    QString status;          // normalised to upper case: 360dialog lists lowercase, webhooks uppercase
    QString qualityScore;    // GREEN, YELLOW, RED, UNKNOWN or empty
    QString rejectedReason;  // empty or NONE when not rejected
    QString parameterFormat; // POSITIONAL (default) or NAMED
    QJsonArray components;
    QJsonObject raw; // the element as received
    // The last template_category_update / message_template_components_update (issue #16), for the library's notice:
    // kind "category" (noticeFrom → noticeTo done), "category_planned" (will become noticeTo at noticeAt) or
    // "components" (noticeTo: the new body text, when the webhook gave it).
    QString noticeKind;
    QString noticeFrom;
    QString noticeTo;
    QDateTime noticeAt;

    bool isApproved() const { return status == QLatin1String("APPROVED"); }
};

// Response of POST /v1/configs/templates (§3.2).
struct TemplateCreated {
    QString id;
    QString status;
    QString category;
};

} // namespace wabadesk
