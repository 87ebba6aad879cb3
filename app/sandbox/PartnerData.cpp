#include "sandbox/PartnerData.h"

#include "sandbox/SandboxChannel.h"

namespace wabadesk::sandbox {

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

PartnerClientRecord client(const char* id, const char* name, const char* contact, const char* email,
                           const char* country, const char* created, double balance, const char* currency, int level)
{
    PartnerClientRecord c;
    c.id = QString::fromLatin1(id);
    c.name = QString::fromUtf8(name);
    c.organisation = c.name;
    c.contactName = QString::fromUtf8(contact);
    c.email = QString::fromLatin1(email);
    c.country = QString::fromLatin1(country);
    c.createdAt = at(created);
    c.balance = balance;
    c.currency = QString::fromLatin1(currency);
    c.usageLevel = level;
    return c;
}

PartnerChannelRecord channel(const char* id, const char* clientId, const char* number, const char* numberId,
                             const char* name, const char* status, const char* mode, const char* quality,
                             const char* limit, const char* wabaId, const char* created)
{
    PartnerChannelRecord c;
    c.id = QString::fromLatin1(id);
    c.clientId = QString::fromLatin1(clientId);
    c.phoneNumber = QString::fromLatin1(number);
    c.phoneNumberId = QString::fromLatin1(numberId);
    c.phoneName = QString::fromUtf8(name);
    c.status = QString::fromLatin1(status);
    c.accountMode = QString::fromLatin1(mode);
    c.quality = QString::fromLatin1(quality);
    c.messagingLimit = QString::fromLatin1(limit);
    c.wabaId = QString::fromLatin1(wabaId);
    c.wabaName = c.phoneName;
    c.createdAt = at(created);
    if (c.status == QLatin1String("running"))
        c.billingStartedAt = c.createdAt.addDays(2);
    return c;
}

} // namespace

PartnerData seedPartner(const QString& partnerId, const QByteArray& partnerKey)
{
    PartnerData p;
    p.partnerId = partnerId;
    p.partnerKey = partnerKey;
    p.clients = {
        client("dMo4wDCL", "WabaDesk Demo GmbH", "Lena Vogt", "lena.vogt@example.com", "DE", "2025-03-11T09:24:51Z",
               148.62, "EUR", 60),
        client("bK9sOnCL", "Bäckerei Sonnenschein", "Jonas Weber", "jonas@sonnenschein.example", "DE",
               "2025-06-02T14:03:10Z", 36.10, "EUR", 18),
        client("nL4rEiCL", "Nordlicht Reisen AB", "Sofie Lindqvist", "sofie.lindqvist@nordlicht.example", "SE",
               "2025-09-17T07:41:28Z", 612.45, "EUR", 240),
        client("cAf3aUCL", "Café Aurora", "Lucía Romero", "lucia@cafeaurora.example", "ES", "2026-10-28T16:12:00Z", 0,
               "EUR", 0),
        client("aTm5eNCL", "Atelier Mendes", "Beatriz Mendes", "beatriz@ateliermendes.example", "BR",
               "2025-12-05T18:30:44Z", 89.90, "USD", 35),
    };
    PartnerChannelRecord demo =
        channel("dMo7xKCH", "dMo4wDCL", "", "", "", "running", "live", "GREEN", "TIER_1K", "", "2025-03-11T10:02:17Z");
    demo.phoneNumber = SandboxChannel::displayPhoneNumber();
    demo.phoneNumberId = SandboxChannel::phoneNumberId();
    demo.phoneName = SandboxChannel::verifiedName();
    demo.wabaId = SandboxChannel::wabaId();
    demo.wabaName = SandboxChannel::verifiedName();
    demo.isSandboxNumber = true;
    PartnerChannelRecord mendes =
        channel("mNd8aTCH", "aTm5eNCL", "+55 11 5555 0199", "110293847561028", "Atelier Mendes", "running", "live",
                "GREEN", "TIER_100K", "190283746501928", "2025-12-05T19:02:51Z");
    mendes.partnerMayGenerateKey = false;
    p.channels = {
        demo,
        channel("sOn3bKCH", "bK9sOnCL", "+49 89 5550123", "104773920118346", "Bäckerei Sonnenschein", "running", "live",
                "GREEN", "TIER_250", "109283746501234", "2025-06-02T15:11:09Z"),
        channel("nLr1aXCH", "nL4rEiCL", "+46 8 5550 1234", "107384950617283", "Nordlicht Reisen", "running", "live",
                "YELLOW", "TIER_10K", "102938475610293", "2025-09-17T08:30:12Z"),
        channel("nLr2bYCH", "nL4rEiCL", "+46 8 5550 1235", "107384950617299", "Nordlicht Kundenservice", "ready",
                "live", "", "", "102938475610293", "2026-11-20T12:45:03Z"),
        channel("aUr0cFCH", "cAf3aUCL", "+34 910 555 321", "", "Café Aurora", "created", "sandbox", "", "", "",
                "2026-10-28T16:20:41Z"),
        mendes,
    };
    return p;
}

} // namespace wabadesk::sandbox
