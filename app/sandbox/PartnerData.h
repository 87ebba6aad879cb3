#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <deque>

namespace wabadesk::sandbox {

// What the sandbox's Partner API (UPDATES-2026.md §12) knows: one partner, its clients and their channels (phone
// numbers). One channel is the sandbox's own number (SandboxChannel); the others are further numbers the sandbox
// serves once the partner generated a key for them: their key works on the messaging API, which then answers and
// posts webhooks as that number.

struct PartnerClientRecord {
    QString id;
    QString name;
    QString organisation;
    QString contactName;
    QString email;
    QString country; // ISO code
    QString status = QStringLiteral("active");
    QDateTime createdAt;
    double balance = 0;
    QString currency;
    int usageLevel = 0; // typical conversations a day: the seed of its usage figures
};

struct PartnerChannelRecord {
    QString id;
    QString clientId;
    QString phoneNumber;    // as the hub shows it, "+49 89 5550123"
    QString phoneNumberId;  // Meta's id (webhook metadata.phone_number_id)
    QString phoneName;      // the verified display name
    QString status;         // created, ready, running
    QString accountMode;    // live, sandbox
    QString quality;        // GREEN, YELLOW, RED; empty before the number runs
    QString messagingLimit; // TIER_250, TIER_1K, …; empty before the number runs
    QString wabaId;
    QString wabaName;
    QDateTime createdAt;
    QDateTime billingStartedAt;
    bool isSandboxNumber = false;      // the sandbox's own number: its key is StateData::apiKey
    bool partnerMayGenerateKey = true; // false: the client pays directly and removed the partner's access
    QByteArray apiKey;                 // another number's current key; empty until one is generated
    QUrl phoneWebhookUrl;              // another number's webhooks (the sandbox number's are in StateData)
    QMap<QString, QString> phoneWebhookHeaders;
    QUrl wabaWebhookUrl;
    QMap<QString, QString> wabaWebhookHeaders;
};

struct PartnerData {
    QString partnerId;
    QByteArray partnerKey;
    QList<PartnerClientRecord> clients;
    QList<PartnerChannelRecord> channels;
    QHash<QString, std::deque<qint64>> balanceRequests; // per client: the times (ms) of recent balance requests
};

// The seed: a few clients with channels in every state (UPDATES-2026.md §12: created, ready, running), one of them
// the sandbox's own number, one whose key the partner may not generate.
PartnerData seedPartner(const QString& partnerId, const QByteArray& partnerKey);

} // namespace wabadesk::sandbox
