#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wabadesk::templates {

// One button of a template being written (REFERENCE.md §3.2 BUTTONS).
struct ButtonDraft {
    QString type; // QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP
    QString text;
    QString url;         // URL: may end with {{1}}
    QString urlExample;  // URL with a variable: the full sample address
    QString phoneNumber; // PHONE_NUMBER
    QString example;     // COPY_CODE: the sample code
    QString otpType;     // OTP: COPY_CODE, ONE_TAP, ZERO_TAP
    QString autofillText;
    QJsonArray supportedApps; // OTP one-tap/zero-tap: [{package_name, signature_hash}]
    QJsonObject extra;        // fields this editor does not know, kept as they were

    bool urlHasVariable() const { return url.contains(QLatin1String("{{")); }
};

// A template definition in the shape the composer edits, convertible both ways to the POST /v1/configs/templates
// body (§3.2): fromJson(toJson()) keeps everything, unknown fields included, so export/import and "duplicate" lose
// nothing. Samples are kept per variable name ("1", "first_name") and written in Meta's example shapes.
struct TemplateDraft {
    QString name;
    QString language;
    QString category;        // MARKETING, UTILITY, AUTHENTICATION
    QString parameterFormat; // "" (POSITIONAL, not written), POSITIONAL or NAMED

    QString headerFormat; // "" (no header), TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION
    QString headerText;
    QMap<QString, QString> headerSamples;
    QString headerHandle; // IMAGE/VIDEO/DOCUMENT: the resumable-upload handle (§2.6)

    QString bodyText;
    QMap<QString, QString> bodySamples;
    std::optional<bool> addSecurityRecommendation; // AUTHENTICATION body

    QString footerText;
    std::optional<int> codeExpirationMinutes; // AUTHENTICATION footer

    QList<ButtonDraft> buttons;

    // Unknown fields, per level, written back unchanged.
    QJsonObject extra;
    QJsonObject headerExtra;
    QJsonObject bodyExtra;
    QJsonObject footerExtra;
    QJsonObject buttonsExtra;
    bool hasFooter = false; // a FOOTER component even without text (authentication: code_expiration_minutes)

    bool isNamed() const { return parameterFormat == QLatin1String("NAMED"); }
    QStringList headerVariables() const;
    QStringList bodyVariables() const; // positional ones sorted by number

    QJsonObject toJson() const;
    static TemplateDraft fromJson(const QJsonObject& definition);

    // Where a component lands in toJson()'s components array, or -1 when absent: maps the rule checker's
    // "components[i]…" paths back to the editor's fields.
    int componentIndex(const QString& type) const;
};

} // namespace wabadesk::templates
