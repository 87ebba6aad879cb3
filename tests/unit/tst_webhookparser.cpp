// Webhook parser on REFERENCE.md §6 inbound message fixtures (tests/data/webhooks, see its README.md).
#include "TestEnvironment.h"
#include "webhook/parser/WebhookParser.h"

#include <QJsonDocument>
#include <QtTest>

using namespace wabadesk;

namespace {

ParsedWebhook parseFixture(const QString& name)
{
    return webhook::parseWebhook(test::readData(QStringLiteral("webhooks/") + name));
}

// The only message of a one-message fixture, after checking the envelope around it.
InboundMessage onlyMessage(const QString& name)
{
    const ParsedWebhook p = parseFixture(name);
    if (p.shape != ParsedWebhook::Shape::Cloud || p.changes.size() != 1 || p.changes.first().messages.size() != 1 ||
        !p.problems.isEmpty()) {
        qWarning() << name << "shape" << int(p.shape) << p.reason << p.problems;
        return {};
    }
    return p.changes.first().messages.first();
}

} // namespace

class TestWebhookParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textEnvelope()
    {
        const ParsedWebhook p = parseFixture(QStringLiteral("text.json"));
        QCOMPARE(p.shape, ParsedWebhook::Shape::Cloud);
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.kind(), QStringLiteral("messages"));
        const WebhookChange& c = p.changes.first();
        QCOMPARE(c.wabaId, QStringLiteral("1234567890987654321"));
        QCOMPARE(c.field, QStringLiteral("messages"));
        QCOMPARE(c.displayPhoneNumber, QStringLiteral("972123456789"));
        QCOMPARE(c.phoneNumberId, QStringLiteral("1122334455667"));
        QCOMPARE(c.contacts.size(), 1);
        QCOMPARE(c.contacts.first().userId, QStringLiteral("US.13491208655302741918"));
        QCOMPARE(c.contacts.first().parentUserId, QStringLiteral("US.ENT.11815799212886844830"));
        const InboundMessage& m = c.messages.first();
        QCOMPARE(m.id, QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(m.from, QStringLiteral("972987654321"));
        QCOMPARE(m.fromUserId, QStringLiteral("US.13491208655302741918")); // taken from contacts[]
        QCOMPARE(m.profileName, QStringLiteral("Test Name"));
        QCOMPARE(m.timestamp, 1697043223);
        QCOMPARE(m.content.type, QStringLiteral("text"));
        QCOMPARE(m.content.text, QStringLiteral("Body Text"));
        QCOMPARE(m.customerKey(), QStringLiteral("972987654321"));
        QCOMPARE(m.raw.value(QLatin1String("id")).toString(), m.id);
        QVERIFY(m.context.isEmpty());
    }

    void image()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("image.json"));
        QCOMPARE(m.content.type, QStringLiteral("image"));
        QCOMPARE(m.content.media.id, QStringLiteral("65463453"));
        QCOMPARE(m.content.media.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(m.content.media.sha256, QStringLiteral("4654+8g="));
        QVERIFY(m.content.media.url.isEmpty());
        QVERIFY(m.content.caption.isEmpty());
        const InboundMessage withUrl = onlyMessage(QStringLiteral("image_url.json"));
        QVERIFY(withUrl.content.media.url.startsWith(QLatin1String("https://lookaside.fbsbx.com/")));
        QCOMPARE(withUrl.content.media.id, QStringLiteral("65463453"));
    }

    void videoForwarded()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("video_forwarded.json"));
        QCOMPARE(m.content.type, QStringLiteral("video"));
        QCOMPARE(m.content.caption, QStringLiteral("caption"));
        QCOMPARE(m.content.text, QStringLiteral("caption"));
        QCOMPARE(m.content.media.mimeType, QStringLiteral("video/mp4"));
        QCOMPARE(m.content.media.id, QStringLiteral("765756756"));
        QVERIFY(m.context.isForwarded);
        QVERIFY(!m.context.isFrequentlyForwarded);
        QVERIFY(m.context.id.isEmpty());
    }

    void documentAudioSticker()
    {
        const InboundMessage doc = onlyMessage(QStringLiteral("document.json"));
        QCOMPARE(doc.content.type, QStringLiteral("document"));
        QCOMPARE(doc.content.media.filename, QStringLiteral("filename.pdf"));
        QCOMPARE(doc.content.caption, QStringLiteral("caption"));
        QCOMPARE(doc.content.media.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(doc.content.media.id, QStringLiteral("1234567890987654321")); // beyond 2^53: kept as a string
        const InboundMessage audio = onlyMessage(QStringLiteral("audio_voice.json"));
        QCOMPARE(audio.content.type, QStringLiteral("audio"));
        QVERIFY(audio.content.media.isVoice);
        QCOMPARE(audio.content.media.mimeType, QStringLiteral("audio/ogg; codecs=opus"));
        const InboundMessage sticker = onlyMessage(QStringLiteral("sticker_animated.json"));
        QCOMPARE(sticker.content.type, QStringLiteral("sticker"));
        QVERIFY(sticker.content.media.isAnimated);
        QVERIFY(!sticker.content.media.isVoice);
    }

    void reactions()
    {
        const InboundMessage r = onlyMessage(QStringLiteral("reaction.json"));
        QCOMPARE(r.content.type, QStringLiteral("reaction"));
        QCOMPARE(r.content.reactionMessageId, QStringLiteral("wamid.yzxyzx="));
        QCOMPARE(r.content.reactionEmoji, QString::fromUtf8("\xF0\x9F\x98\xAE")); // U+1F62E from a surrogate pair
        QVERIFY(!r.content.isReactionRemoval());
        for (const char* name : {"reaction_removed_empty.json", "reaction_removed_missing.json"}) {
            const InboundMessage removal = onlyMessage(QLatin1String(name));
            QCOMPARE(removal.content.reactionMessageId, QStringLiteral("wamid.yzxyzx="));
            QVERIFY2(removal.content.isReactionRemoval(), name);
        }
    }

    void locations()
    {
        const InboundMessage current = onlyMessage(QStringLiteral("location_current.json"));
        QVERIFY(current.content.location);
        QCOMPARE(current.content.location->latitude, 12.25089);
        QCOMPARE(current.content.location->longitude, 43.90539);
        QVERIFY(current.content.location->name.isEmpty());
        QVERIFY(current.content.text.isEmpty());
        const InboundMessage place = onlyMessage(QStringLiteral("location_place.json"));
        QCOMPARE(place.content.location->longitude, -122.2164385);
        QCOMPARE(place.content.location->name, QStringLiteral("Facebook HQ"));
        QCOMPARE(place.content.location->address, QStringLiteral("1 Hacker Way, Menlo Park, CA 94025"));
        QCOMPARE(place.content.location->url, QStringLiteral("https://maps.google.com/?cid=2000000000000000000"));
        QCOMPARE(place.content.text, QStringLiteral("Facebook HQ\n1 Hacker Way, Menlo Park, CA 94025"));
    }

    void contactCards()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("contacts.json"));
        QCOMPARE(m.content.type, QStringLiteral("contacts"));
        QCOMPARE(m.content.contactNames, QStringList{QStringLiteral("Chandler Bing")});
        QCOMPARE(m.content.text, QStringLiteral("Chandler Bing"));
        // The shared card's wa_id is not the sender: the profile name still comes from value.contacts[].
        QCOMPARE(m.profileName, QStringLiteral("Test Name"));
    }

    void interactiveReplies()
    {
        const InboundMessage button = onlyMessage(QStringLiteral("interactive_button_reply.json"));
        QCOMPARE(button.content.type, QStringLiteral("interactive"));
        QCOMPARE(button.content.interactiveType, QStringLiteral("button_reply"));
        QCOMPARE(button.content.replyId, QStringLiteral("callback_data"));
        QCOMPARE(button.content.text, QStringLiteral("title"));
        QCOMPARE(button.context.id, QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(button.context.from, QStringLiteral("1122334455667"));
        const InboundMessage list = onlyMessage(QStringLiteral("interactive_list_reply.json"));
        QCOMPARE(list.content.interactiveType, QStringLiteral("list_reply"));
        QCOMPARE(list.content.replyDescription, QStringLiteral("description"));
        QCOMPARE(list.content.text, QStringLiteral("title"));
        const InboundMessage flow = onlyMessage(QStringLiteral("interactive_nfm_reply.json"));
        QCOMPARE(flow.content.interactiveType, QStringLiteral("nfm_reply"));
        QCOMPARE(flow.content.text, QStringLiteral("Sent"));
        const QJsonObject response = QJsonDocument::fromJson(flow.content.flowResponseJson.toUtf8()).object();
        QCOMPARE(response.value(QLatin1String("comment_text")).toString(), QStringLiteral("Comment Text"));
        QCOMPARE(response.value(QLatin1String("flow_token")).toString(),
                 QStringLiteral("AQAAAAACS5FpgQ_cAAAAAD0QI3s."));
    }

    void templateButton()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("button.json"));
        QCOMPARE(m.content.type, QStringLiteral("button"));
        QCOMPARE(m.content.replyId, QStringLiteral("callback_data"));
        QCOMPARE(m.content.text, QStringLiteral("title"));
        QCOMPARE(m.id, QStringLiteral("wamid.xsidjw"));
        QCOMPARE(m.context.id, QStringLiteral("wamid.xyzxyz=="));
    }

    void order()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("order.json"));
        QCOMPARE(m.content.type, QStringLiteral("order"));
        QVERIFY(m.content.text.isEmpty()); // "text": "" in the reference
        const QJsonObject order = m.raw.value(QLatin1String("order")).toObject();
        QCOMPARE(order.value(QLatin1String("product_items")).toArray().size(), 2);
    }

    void systemMessages()
    {
        const InboundMessage number = onlyMessage(QStringLiteral("system_number_changed.json"));
        QCOMPARE(number.content.type, QStringLiteral("system"));
        QCOMPARE(number.content.systemType, QStringLiteral("user_changed_number"));
        QCOMPARE(number.content.systemWaId, QStringLiteral("972912345678"));
        QCOMPARE(number.content.text, QStringLiteral("User A changed from 972987654321 to 972912345678"));
        const InboundMessage identity = onlyMessage(QStringLiteral("system_identity_changed.json"));
        QCOMPARE(identity.content.systemType, QStringLiteral("customer_identity_changed"));
        QCOMPARE(identity.content.text, QStringLiteral("User identity changed"));
        QVERIFY(identity.raw.value(QLatin1String("identity")).toObject().value(QLatin1String("acknowledged")).toBool());
    }

    void unsupportedKeepsItsErrors()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("unsupported.json"));
        QCOMPARE(m.content.type, QStringLiteral("unsupported"));
        QCOMPARE(m.errors.size(), 1);
        QCOMPARE(m.errors.first().code, 131051);
        QCOMPARE(m.errors.first().title, QStringLiteral("Message type unknown"));
        QCOMPARE(m.errors.first().details, QStringLiteral("Message type is currently not supported."));
    }

    void unknownTypeIsKept()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("unknown_type.json"));
        QCOMPARE(m.content.type, QStringLiteral("unknown"));
        QCOMPARE(m.content.rawType, QStringLiteral("poll"));
        QCOMPARE(m.id, QStringLiteral("wamid.unknown-type"));
        QVERIFY(m.raw.contains(QLatin1String("poll")));
        QVERIFY(m.raw.contains(QLatin1String("future_field")));
    }

    void contextReplyForwardReferral()
    {
        const InboundMessage reply = onlyMessage(QStringLiteral("reply.json"));
        QCOMPARE(reply.context.id, QStringLiteral("wamid.xyzxyz=="));
        QCOMPARE(reply.context.from, QStringLiteral("972123456789"));
        QCOMPARE(reply.content.text, QStringLiteral("replied text"));
        const InboundMessage frequent = onlyMessage(QStringLiteral("frequently_forwarded.json"));
        QVERIFY(frequent.context.isFrequentlyForwarded);
        QVERIFY(!frequent.context.isForwarded);
        const InboundMessage referral = onlyMessage(QStringLiteral("referral.json"));
        QCOMPARE(referral.referral.value(QLatin1String("source_id")).toString(), QStringLiteral("ADID"));
        QCOMPARE(referral.referral.value(QLatin1String("ctwa_clid")).toString(), QStringLiteral("CTWA_CLID"));
        QCOMPARE(referral.content.text, QStringLiteral("BODY"));
    }

    void valueLevelError()
    {
        const ParsedWebhook p = parseFixture(QStringLiteral("message_value_error.json"));
        QCOMPARE(p.shape, ParsedWebhook::Shape::Cloud);
        QVERIFY(p.problems.isEmpty());
        const WebhookChange& c = p.changes.first();
        QCOMPARE(c.messages.size(), 1);
        QCOMPARE(c.messages.first().content.type, QStringLiteral("interactive"));
        QVERIFY(c.messages.first().content.interactiveType.isEmpty());
        QCOMPARE(c.errors.size(), 1);
        QCOMPARE(c.errors.first().code, 131000);
        QCOMPARE(c.errors.first().details, QStringLiteral("Unsupported webhook payload"));
    }

    void editAndRevoke()
    {
        const InboundMessage edit = onlyMessage(QStringLiteral("edit.json"));
        QCOMPARE(edit.content.type, QStringLiteral("edit"));
        QCOMPARE(edit.content.originalMessageId,
                 QStringLiteral("wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA="));
        QVERIFY(edit.edited);
        QCOMPARE(edit.edited->type, QStringLiteral("image"));
        QCOMPARE(edit.edited->caption, QStringLiteral("Updated image caption"));
        QCOMPARE(edit.edited->media.id, QStringLiteral("1234567890"));
        const InboundMessage revoke = onlyMessage(QStringLiteral("revoke.json"));
        QCOMPARE(revoke.content.type, QStringLiteral("revoke"));
        QCOMPARE(revoke.content.originalMessageId, QStringLiteral("<ORIGINAL_WHATSAPP_MESSAGE_ID>"));
        QCOMPARE(revoke.from, QStringLiteral("<WHATSAPP_USER_PHONE_NUMBER>"));
    }

    void echoes()
    {
        const ParsedWebhook p = parseFixture(QStringLiteral("echo.json"));
        QCOMPARE(p.shape, ParsedWebhook::Shape::Cloud);
        QVERIFY(p.problems.isEmpty());
        QCOMPARE(p.kind(), QStringLiteral("messages"));
        const WebhookChange& c = p.changes.first();
        QCOMPARE(c.field, QStringLiteral("smb_message_echoes"));
        QVERIFY(c.messages.isEmpty());
        QCOMPARE(c.echoes.size(), 1);
        const InboundMessage& e = c.echoes.first();
        QVERIFY(e.isEcho);
        QCOMPARE(e.to, QStringLiteral("<WHATSAPP_USER_PHONE_NUMBER>"));
        QCOMPARE(e.toUserId, QStringLiteral("<BSUID>"));
        QCOMPARE(e.from, QStringLiteral("<BUSINESS_DISPLAY_PHONE_NUMBER>"));
        QCOMPARE(e.customerKey(), e.to);
        QCOMPARE(e.content.text, QStringLiteral("Test message"));
    }

    void bsuidWithoutWaId()
    {
        const InboundMessage m = onlyMessage(QStringLiteral("bsuid.json"));
        QVERIFY(m.from.isEmpty());
        QCOMPARE(m.fromUserId, QStringLiteral("US.13491208655302741918"));
        QCOMPARE(m.customerKey(), QStringLiteral("US.13491208655302741918"));
        QCOMPARE(m.profileName, QStringLiteral("Username User"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"
