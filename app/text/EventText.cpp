#include "text/EventText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace wabadesk::text {

namespace {

// The translation context of every text below (lupdate files these calls under it).
struct EventText {
    Q_DECLARE_TR_FUNCTIONS(EventText)
};

// The locale's short date and time, without seconds (C's short format has them).
QString when(const QDateTime& t)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(seconds);
    const QDateTime local = t.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), time.trimmed());
}

// The participants of a group event (added/removed/failed arrays), by name, else by number.
QStringList names(const QJsonArray& participants)
{
    QStringList out;
    for (const QJsonValue& v : participants) {
        const QJsonObject p = v.toObject();
        QString name = p.value(QLatin1String("name")).toString();
        if (name.isEmpty() && !p.value(QLatin1String("username")).toString().isEmpty())
            name = QLatin1Char('@') + p.value(QLatin1String("username")).toString();
        if (name.isEmpty())
            name = p.value(QLatin1String("wa_id")).toString();
        if (name.isEmpty())
            name = p.value(QLatin1String("input")).toString();
        // A wa_id is the number's digits: shown as an international number.
        if (!name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); }))
            name.prepend(QLatin1Char('+'));
        if (name.isEmpty())
            name = p.value(QLatin1String("user_id")).toString();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

QString readableField(QString key)
{
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    for (const char* suffix : {" radio", " text", " input", " select", " dropdown", " checkbox"}) {
        if (key.endsWith(QLatin1String(suffix)))
            key.chop(qsizetype(qstrlen(suffix)));
    }
    if (!key.isEmpty())
        key[0] = key.at(0).toUpper();
    return key;
}

QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? EventText::tr("yes") : EventText::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 15);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

QString callDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString callSummary(const CallRecord& call)
{
    switch (call.outcome()) {
    case CallRecord::Outcome::Ringing:
        return call.isIncoming ? EventText::tr("Incoming call · ringing") : EventText::tr("Outgoing call · ringing");
    case CallRecord::Outcome::Answered: {
        const QString duration = callDuration(call.durationSeconds);
        if (duration.isEmpty())
            return call.isIncoming ? EventText::tr("Incoming call · answered")
                                   : EventText::tr("Outgoing call · answered");
        return (call.isIncoming ? EventText::tr("Incoming call · %1") : EventText::tr("Outgoing call · %1"))
            .arg(duration);
    }
    case CallRecord::Outcome::Missed:
        return EventText::tr("Missed call");
    case CallRecord::Outcome::NotAnswered:
        return EventText::tr("Outgoing call · not answered");
    case CallRecord::Outcome::Declined:
        return EventText::tr("Outgoing call · declined by the customer");
    case CallRecord::Outcome::Failed:
        if (!call.errorTitle.isEmpty())
            return EventText::tr("Call failed (%1: %2)").arg(call.errorCode).arg(call.errorTitle);
        return EventText::tr("Call failed (%1)").arg(call.errorCode);
    }
    return {};
}

QString callPermissionText(const StoredMessage& message)
{
    const QString response = message.data.value(QLatin1String("response")).toString();
    if (response == QLatin1String("accept")) {
        const qint64 until = message.data.value(QLatin1String("expiration_timestamp")).toVariant().toLongLong();
        if (until > 0)
            return EventText::tr("Allowed calls until %1").arg(when(QDateTime::fromSecsSinceEpoch(until, Qt::UTC)));
        return EventText::tr("Allowed calls");
    }
    if (response == QLatin1String("reject"))
        return EventText::tr("Declined calls");
    return EventText::tr("Answered a call permission request");
}

QList<std::pair<QString, QString>> flowAnswers(const StoredMessage& message)
{
    QList<std::pair<QString, QString>> out;
    const QByteArray json = message.data.value(QLatin1String("response_json")).toString().toUtf8();
    // Keys in the order they came (QJsonObject sorts them): read them from the text.
    const QJsonObject answers = QJsonDocument::fromJson(json).object();
    QStringList order;
    qsizetype from = 0;
    while (true) {
        const qsizetype quote = json.indexOf('"', from);
        if (quote < 0)
            break;
        qsizetype end = quote + 1;
        while (end < json.size() && json.at(end) != '"')
            end += json.at(end) == '\\' ? 2 : 1;
        const QString key = QString::fromUtf8(json.mid(quote + 1, end - quote - 1));
        qsizetype next = end + 1;
        while (next < json.size() && (json.at(next) == ' ' || json.at(next) == '\n'))
            ++next;
        if (next < json.size() && json.at(next) == ':' && answers.contains(key) && !order.contains(key))
            order << key;
        from = end + 1;
    }
    for (const QString& key : answers.keys()) {
        if (!order.contains(key))
            order << key;
    }
    for (const QString& key : std::as_const(order)) {
        if (key == QLatin1String("flow_token"))
            continue;
        out.append({readableField(key), valueText(answers.value(key))});
    }
    return out;
}

QString systemLineText(const StoredMessage& m)
{
    const QString& t = m.subtype;
    const QJsonObject& d = m.data;
    const QString subject = d.value(QLatin1String("subject")).toString();
    const bool failed = d.contains(QLatin1String("error_code"));
    if (t == QLatin1String("user_preferences")) {
        const QString value = d.value(QLatin1String("value")).toString();
        if (value == QLatin1String("stop"))
            return EventText::tr("The customer stopped marketing messages");
        if (value == QLatin1String("resume"))
            return EventText::tr("The customer resumed marketing messages");
        if (value == QLatin1String("signup"))
            return EventText::tr("The customer signed up for marketing messages");
        return EventText::tr("The customer changed their marketing preferences");
    }
    if (t == QLatin1String("group_create"))
        return failed ? EventText::tr("The group could not be created")
                      : EventText::tr("The group “%1” was created").arg(subject);
    if (t == QLatin1String("group_delete"))
        return failed ? EventText::tr("The group could not be deleted") : EventText::tr("The group was deleted");
    if (t == QLatin1String("group_participants_add")) {
        const QString who = names(d.value(QLatin1String("added")).toArray()).join(QStringLiteral(", "));
        if (d.value(QLatin1String("reason")).toString() == QLatin1String("invite_link"))
            return EventText::tr("%1 joined with the invite link").arg(who);
        return EventText::tr("%1 joined").arg(who);
    }
    if (t == QLatin1String("group_participants_remove")) {
        const QString who = names(d.value(QLatin1String("removed")).toArray()).join(QStringLiteral(", "));
        const QString notRemoved = names(d.value(QLatin1String("failed")).toArray()).join(QStringLiteral(", "));
        if (who.isEmpty() && !notRemoved.isEmpty())
            return EventText::tr("%1 could not be removed").arg(notRemoved);
        if (d.value(QLatin1String("initiated_by")).toString() == QLatin1String("participant"))
            return EventText::tr("%1 left").arg(who);
        return EventText::tr("%1 was removed").arg(who);
    }
    const QString asking =
        names(QJsonArray{QJsonObject{{QStringLiteral("wa_id"), d.value(QLatin1String("wa_id"))}}}).value(0);
    if (t == QLatin1String("group_join_request_created"))
        return EventText::tr("%1 asked to join").arg(asking);
    if (t == QLatin1String("group_join_request_revoked"))
        return EventText::tr("%1 withdrew their request to join").arg(asking);
    if (t == QLatin1String("group_settings_update")) {
        QStringList parts;
        if (d.value(QLatin1String("subject_updated")).toBool())
            parts << EventText::tr("The subject is now “%1”").arg(subject);
        if (d.value(QLatin1String("description_updated")).toBool())
            parts << EventText::tr("the description changed");
        if (d.value(QLatin1String("picture_updated")).toBool())
            parts << EventText::tr("the picture changed");
        if (failed)
            parts << EventText::tr("some settings could not be changed");
        return parts.isEmpty() ? EventText::tr("The group settings changed") : parts.join(QStringLiteral("; "));
    }
    if (t == QLatin1String("group_suspend"))
        return EventText::tr("WhatsApp suspended the group");
    if (t == QLatin1String("group_suspend_cleared"))
        return EventText::tr("The group's suspension was lifted");
    return m.text.isEmpty() ? t : m.text;
}

QString pricingCategoryName(const QString& category)
{
    const QString c = category.toLower();
    if (c == QLatin1String("marketing") || c == QLatin1String("group_marketing"))
        return EventText::tr("Marketing");
    if (c == QLatin1String("marketing_lite"))
        return EventText::tr("Marketing (MM Lite)");
    if (c == QLatin1String("utility") || c == QLatin1String("group_utility"))
        return EventText::tr("Utility");
    if (c == QLatin1String("authentication"))
        return EventText::tr("Authentication");
    if (c == QLatin1String("authentication_international"))
        return EventText::tr("Authentication (international)");
    if (c == QLatin1String("service") || c == QLatin1String("group_service"))
        return EventText::tr("Service");
    if (c == QLatin1String("referral_conversion"))
        return EventText::tr("Free entry point");
    return category;
}

QString pricingText(const QString& category, const QString& type)
{
    const QString name = pricingCategoryName(category);
    if (type == QLatin1String("regular"))
        return EventText::tr("%1 · charged").arg(name);
    if (type == QLatin1String("free_customer_service"))
        return EventText::tr("%1 · free (customer service window)").arg(name);
    if (type == QLatin1String("free_entry_point"))
        return EventText::tr("%1 · free (entry point, 72 hours)").arg(name);
    return type.isEmpty() ? name : name + QStringLiteral(" · ") + type;
}

QString contentText(const StoredMessage& m)
{
    if (m.isCall())
        return m.call ? callSummary(*m.call) : EventText::tr("Call");
    if (m.isSystemLine())
        return systemLineText(m);
    if (m.isCallPermissionReply())
        return callPermissionText(m);
    if (m.isFlowReply()) {
        QStringList parts;
        for (const auto& [field, value] : flowAnswers(m))
            parts << field + QStringLiteral(": ") + value;
        if (!parts.isEmpty())
            return parts.join(QStringLiteral("; "));
    }
    if (m.type == QLatin1String("system") && !m.text.isEmpty())
        return m.text;
    return m.text.isEmpty() ? m.caption : m.text;
}

} // namespace wabadesk::text
