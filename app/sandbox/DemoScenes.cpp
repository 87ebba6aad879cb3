#include "sandbox/DemoScenes.h"

#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxRoutes.h"
#include "sandbox/SandboxState.h"
#include "sandbox/WebhookPayloads.h"
#include "sandbox/WebhookPoster.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>

namespace wabadesk::sandbox {

namespace {

using namespace std::chrono_literals;

// Who is in the scenes. BSUIDs follow the format of UPDATES-2026.md §1 (country, dot, digits).
struct Person {
    const char* waId; // "" for a username-only user
    const char* userId;
    const char* name;
    const char* username; // "" when they have none
};
const Person kDana{"", "US.13491208655302741918", "Dana Levi", "dana.levi"};
const Person kYossi{"972501234567", "IL.88210934561209348811", "Yossi Cohen", "yossi.c"};
const Person kMaria{"393471234567", "IT.55123409871234560001", "Maria Rossi", ""};
const Person kLena{"4917098765432", "DE.70012398712340981234", "Lena Weber", ""};
const Person kAhmed{"447911123456", "GB.31209871234509871230", "Ahmed Khan", ""};
const Person kJonas{"4915730112233", "DE.41209871234509871231", "Jonas Becker", ""};
const Person kMia{"4917612345670", "DE.51209871234509871232", "Mia Wagner", ""};
const QString kParent = QStringLiteral("US.ENT.11815799212886844830");
const QString kGroup = QStringLiteral("Y2FwaV9ncm91cDpERU1PMTA0MjpkZWxpdmVyeQ");

QJsonObject contactOf(const Person& p, bool withPhone = true)
{
    QJsonObject profile{{QStringLiteral("name"), QLatin1String(p.name)}};
    if (*p.username)
        profile.insert(QStringLiteral("username"), QLatin1String(p.username));
    QJsonObject c{{QStringLiteral("profile"), profile}, {QStringLiteral("user_id"), QLatin1String(p.userId)}};
    if (withPhone && *p.waId)
        c.insert(QStringLiteral("wa_id"), QLatin1String(p.waId));
    if (QLatin1String(p.userId).startsWith(QLatin1String("US.")))
        c.insert(QStringLiteral("parent_user_id"), kParent);
    return c;
}

QJsonObject textItem(const QString& id, qint64 at, const QString& body)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("timestamp"), QString::number(at)},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

// A message from `p`: `from` when their phone is shown, always `from_user_id` (UPDATES-2026.md §1).
QJsonObject fromPerson(const Person& p, QJsonObject item, bool withPhone = true)
{
    if (withPhone && *p.waId)
        item.insert(QStringLiteral("from"), QLatin1String(p.waId));
    item.insert(QStringLiteral("from_user_id"), QLatin1String(p.userId));
    return item;
}

QJsonObject messages(const Person& p, const QJsonObject& item, bool withPhone = true)
{
    return messagesEnvelope(QJsonObject{{QStringLiteral("contacts"), QJsonArray{contactOf(p, withPhone)}},
                                        {QStringLiteral("messages"), QJsonArray{fromPerson(p, item, withPhone)}}});
}

QJsonObject call(const Person& p, const QJsonObject& item)
{
    return fieldEnvelope(QStringLiteral("calls"), QJsonObject{{QStringLiteral("contacts"), QJsonArray{contactOf(p)}},
                                                              {QStringLiteral("calls"), QJsonArray{item}}});
}

QJsonObject callEvent(const QString& id, const char* event, const char* direction, const Person& p, qint64 at)
{
    const bool fromCustomer = qstrcmp(direction, "USER_INITIATED") == 0;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("event"), QLatin1String(event)},
            {QStringLiteral("direction"), QLatin1String(direction)},
            {QStringLiteral("from"), fromCustomer ? QLatin1String(p.waId) : SandboxChannel::displayPhoneDigits()},
            {QStringLiteral("to"), fromCustomer ? SandboxChannel::displayPhoneDigits() : QLatin1String(p.waId)},
            {QStringLiteral("timestamp"), QString::number(at)}};
}

QJsonObject terminate(QJsonObject item, const char* status, qint64 start, qint64 duration)
{
    item.insert(QStringLiteral("status"), QLatin1String(status));
    if (duration > 0) {
        item.insert(QStringLiteral("start_time"), QString::number(start));
        item.insert(QStringLiteral("end_time"), QString::number(start + duration));
        item.insert(QStringLiteral("duration"), duration);
    }
    return item;
}

QJsonObject group(const char* field, QJsonObject item)
{
    item.insert(QStringLiteral("group_id"), kGroup);
    return fieldEnvelope(QLatin1String(field), QJsonObject{{QStringLiteral("groups"), QJsonArray{item}}});
}

QJsonObject echo(const Person& p, QJsonObject item)
{
    item.insert(QStringLiteral("from"), SandboxChannel::displayPhoneDigits());
    item.insert(QStringLiteral("to"), QLatin1String(p.waId));
    item.insert(QStringLiteral("to_user_id"), QLatin1String(p.userId));
    return fieldEnvelope(QStringLiteral("smb_message_echoes"),
                         QJsonObject{{QStringLiteral("contacts"), QJsonArray{contactOf(p)}},
                                     {QStringLiteral("message_echoes"), QJsonArray{item}}});
}

QJsonObject templateEnvelope(const char* field, const QJsonObject& value, qint64 at)
{
    const QJsonObject entry{
        {QStringLiteral("id"), SandboxChannel::wabaId()},
        {QStringLiteral("time"), at},
        {QStringLiteral("changes"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("field"), QLatin1String(field)}}}}};
    return {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"), QJsonArray{entry}}};
}

} // namespace

QList<QJsonObject> DemoScenes::bodies(qint64 now)
{
    const auto ago = [now](qint64 minutes) {
        return now - minutes * 60;
    };
    QList<QJsonObject> out;

    // A group the business created for an order, two customers who joined with the invite link, their messages, and
    // the subject changed later.
    out << group("group_lifecycle_update",
                 {{QStringLiteral("timestamp"), QString::number(ago(250))},
                  {QStringLiteral("type"), QStringLiteral("group_create")},
                  {QStringLiteral("request_id"), QStringLiteral("DEMO1042")},
                  {QStringLiteral("subject"), QStringLiteral("Order 1042 delivery")},
                  {QStringLiteral("invite_link"), QStringLiteral("https://chat.whatsapp.com/DEMO1042")},
                  {QStringLiteral("join_approval_mode"), QStringLiteral("auto_approve")}});
    for (const auto& [person, minutes] : {std::pair{kJonas, 240}, std::pair{kMia, 236}}) {
        out << group("group_participants_update",
                     {{QStringLiteral("timestamp"), QString::number(ago(minutes))},
                      {QStringLiteral("type"), QStringLiteral("group_participants_add")},
                      {QStringLiteral("reason"), QStringLiteral("invite_link")},
                      {QStringLiteral("added_participants"),
                       QJsonArray{QJsonObject{{QStringLiteral("wa_id"), QLatin1String(person.waId)},
                                              {QStringLiteral("user_id"), QLatin1String(person.userId)}}}}});
    }

    // A customer first known by phone, who later writes with a username and no phone number: one conversation.
    out << messages(kYossi, textItem(QStringLiteral("wamid.demo-yossi-1"), ago(300),
                                     QStringLiteral("Hi, I ordered the espresso machine last week (order C-4410). "
                                                    "When will it ship?")));

    // Calls: a missed call, the customer's message after it, their permission for call-backs, an answered call.
    out << call(kMaria, callEvent(QStringLiteral("wacid.demo-missed"), "connect", "USER_INITIATED", kMaria, ago(185)));
    out << call(kMaria, terminate(callEvent(QStringLiteral("wacid.demo-missed"), "terminate", "USER_INITIATED", kMaria,
                                            ago(185) + 25),
                                  "FAILED", 0, 0));
    out << messages(kMaria, textItem(QStringLiteral("wamid.demo-maria-1"), ago(183),
                                     QStringLiteral("I just tried to call you about my return. Could someone call me "
                                                    "back this afternoon?")));
    QJsonObject permission = textItem(QStringLiteral("wamid.demo-maria-2"), ago(170), QString());
    permission.remove(QStringLiteral("text"));
    permission.insert(QStringLiteral("type"), QStringLiteral("interactive"));
    permission.insert(QStringLiteral("interactive"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("call_permission_reply")},
                                  {QStringLiteral("call_permission_reply"),
                                   QJsonObject{{QStringLiteral("response"), QStringLiteral("accept")},
                                               {QStringLiteral("expiration_timestamp"), now + 7 * 24 * 3600},
                                               {QStringLiteral("response_source"), QStringLiteral("user_action")}}}});
    out << messages(kMaria, permission);
    out << call(kMaria, callEvent(QStringLiteral("wacid.demo-answered"), "connect", "USER_INITIATED", kMaria, ago(75)));
    out << call(kMaria, terminate(callEvent(QStringLiteral("wacid.demo-answered"), "terminate", "USER_INITIATED",
                                            kMaria, ago(75) + 312 + 9),
                                  "COMPLETED", ago(75) + 9, 312));

    // Coexistence: the customer writes, the business answers from the WhatsApp Business app and corrects itself.
    out << messages(kLena, textItem(QStringLiteral("wamid.demo-lena-1"), ago(125),
                                    QStringLiteral("Do you have the Linnea sofa in green?")));
    out << echo(kLena, textItem(QStringLiteral("wamid.demo-lena-echo"), ago(121),
                                QStringLiteral("Yes! The green one is in stock.")));
    out << echo(kLena, {{QStringLiteral("id"), QStringLiteral("wamid.demo-lena-edit")},
                        {QStringLiteral("timestamp"), QString::number(ago(120))},
                        {QStringLiteral("type"), QStringLiteral("edit")},
                        {QStringLiteral("edit"),
                         QJsonObject{{QStringLiteral("original_message_id"), QStringLiteral("wamid.demo-lena-echo")},
                                     {QStringLiteral("message"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                  {QStringLiteral("text"),
                                                   QJsonObject{{QStringLiteral("body"),
                                                                QStringLiteral("Yes! The green one is in stock in "
                                                                               "our Berlin store.")}}}}}}}});
    out << messages(kLena, textItem(QStringLiteral("wamid.demo-lena-2"), ago(110),
                                    QStringLiteral("Great, I'll come by on Saturday.")));

    // The group talks.
    out << messages(kJonas, [&] {
        QJsonObject m = textItem(QStringLiteral("wamid.demo-group-1"), ago(42),
                                 QStringLiteral("Hi all, can the delivery move to Friday morning?"));
        m.insert(QStringLiteral("group_id"), kGroup);
        return m;
    }());
    out << messages(kMia, [&] {
        QJsonObject m = textItem(QStringLiteral("wamid.demo-group-2"), ago(39),
                                 QStringLiteral("Friday works for me too \U0001F44D"));
        m.insert(QStringLiteral("group_id"), kGroup);
        return m;
    }());
    out << group("group_settings_update",
                 {{QStringLiteral("timestamp"), QString::number(ago(35))},
                  {QStringLiteral("type"), QStringLiteral("group_settings_update")},
                  {QStringLiteral("request_id"), QStringLiteral("DEMO1042-2")},
                  {QStringLiteral("group_subject"),
                   QJsonObject{{QStringLiteral("text"), QStringLiteral("Order 1042: delivery Friday")},
                               {QStringLiteral("update_successful"), true}}}});

    // A username-only customer: no phone number anywhere, only the BSUID and @username.
    out << messages(kDana,
                    textItem(QStringLiteral("wamid.demo-dana-1"), ago(50),
                             QStringLiteral("Hi! Is the blue rain jacket still available in size M?")),
                    false);
    out << messages(kDana,
                    textItem(QStringLiteral("wamid.demo-dana-2"), ago(48), QStringLiteral("And do you ship to Haifa?")),
                    false);

    // A WhatsApp Flow's answers (nfm_reply, UPDATES-2026.md §5).
    QJsonObject flow = textItem(QStringLiteral("wamid.demo-ahmed-flow"), ago(25), QString());
    flow.remove(QStringLiteral("text"));
    flow.insert(QStringLiteral("type"), QStringLiteral("interactive"));
    const QJsonObject answers{{QStringLiteral("delivery_rating"), QStringLiteral("5")},
                              {QStringLiteral("product_rating"), QStringLiteral("4")},
                              {QStringLiteral("comment_text"), QStringLiteral("Fast delivery, friendly driver.")},
                              {QStringLiteral("recommend_radio"), QStringLiteral("Yes")},
                              {QStringLiteral("flow_token"), QStringLiteral("demo-flow-token-0001")}};
    flow.insert(QStringLiteral("interactive"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("nfm_reply")},
                            {QStringLiteral("nfm_reply"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("flow")},
                                         {QStringLiteral("body"), QStringLiteral("Sent")},
                                         {QStringLiteral("response_json"),
                                          QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact))}}}});
    out << messages(kAhmed, flow);

    // The phone customer again, now with a username and no phone number.
    out << messages(
        kYossi,
        textItem(QStringLiteral("wamid.demo-yossi-2"), ago(20),
                 QStringLiteral("I switched to a username on WhatsApp, it's still me. Any news on C-4410?")),
        false);

    // A customer stops marketing messages (user_preferences, UPDATES-2026.md §11).
    out << fieldEnvelope(QStringLiteral("user_preferences"),
                         QJsonObject{{QStringLiteral("contacts"), QJsonArray{contactOf(kAhmed)}},
                                     {QStringLiteral("user_preferences"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("wa_id"), QLatin1String(kAhmed.waId)},
                                          {QStringLiteral("detail"), QStringLiteral("User requested to stop marketing "
                                                                                    "messages")},
                                          {QStringLiteral("category"), QStringLiteral("marketing_messages")},
                                          {QStringLiteral("value"), QStringLiteral("stop")},
                                          {QStringLiteral("timestamp"), ago(15)}}}}});

    // Meta announces a category change for a template, and changed the content of another (§6.5).
    out << templateEnvelope("template_category_update",
                            {{QStringLiteral("message_template_id"), 1689556908129832LL},
                             {QStringLiteral("message_template_name"), QStringLiteral("order_update")},
                             {QStringLiteral("message_template_language"), QStringLiteral("en_US")},
                             {QStringLiteral("correct_category"), QStringLiteral("MARKETING")},
                             {QStringLiteral("new_category"), QStringLiteral("UTILITY")},
                             {QStringLiteral("category_update_timestamp"), now + 3 * 24 * 3600}},
                            ago(60));
    out << templateEnvelope(
        "message_template_components_update",
        {{QStringLiteral("message_template_id"), 1689556908129840LL},
         {QStringLiteral("message_template_name"), QStringLiteral("appointment_reminder")},
         {QStringLiteral("message_template_language"), QStringLiteral("en_US")},
         {QStringLiteral("message_template_element"),
          QStringLiteral("Hi {{customer_name}}, see you on {{date}} at {{time}}. Reply to change it.")}},
        ago(90));
    return out;
}

void DemoScenes::schedule(RouteContext& context)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The scene customers wrote recently: their windows are open, so the desk can answer them (the sandbox keys a
    // username-only customer by BSUID, as the desk addresses them).
    context.state.with([now](StateData& data) {
        for (const Person& p : {kDana, kYossi, kMaria, kLena, kAhmed}) {
            const QString key = *p.waId ? QLatin1String(p.waId) : QLatin1String(p.userId);
            CustomerRecord& c = ensureCustomer(data, key);
            c.name = QLatin1String(p.name);
            c.lastInbound = QDateTime::fromSecsSinceEpoch(now - 20 * 60, Qt::UTC);
        }
    });
    // In order, each once the desk accepts it: before the desk has set the webhook and its listener knows the new
    // secret, a POST would be dropped (no target) or refused (401). Tried every 500 ms for up to two minutes.
    struct Progress {
        QList<QJsonObject> bodies;
        qsizetype next = 0;
        int tries = 0;
    };
    auto progress = std::make_shared<Progress>(Progress{DemoScenes::bodies(now), 0, 0});
    auto job = std::make_shared<WebhookPoster::Job>();
    *job = [&context, progress, job]() -> std::optional<QJsonObject> {
        while (progress->next < progress->bodies.size()) {
            if (!context.poster.postNow(progress->bodies.at(progress->next))) {
                if (++progress->tries < 240)
                    context.poster.schedule(500ms, *job);
                else
                    *job = {}; // give up; break the cycle
                return std::nullopt;
            }
            ++progress->next;
        }
        *job = {};
        return std::nullopt;
    };
    context.poster.schedule(0ms, *job);
}

} // namespace wabadesk::sandbox
