#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace wabadesk::partner {

// A client of the partner (a 360dialog Client Hub account) as GET /partners/{partner_id}/clients lists it
// (UPDATES-2026.md §12; field names from docs.360dialog.com "Using the Partner API to manage Clients and Channels").
struct PartnerClientInfo {
    QString id;           // e.g. "Tz4bQ2CL"
    QString name;         // the client's name in the Hub
    QString organisation; // the company
    QString status;       // "active", …
    QString contactName;  // contact_info.full_name
    QString email;        // contact_info.email
    QString country;      // contact_info.country
    QDateTime createdAt;
};

// Where a channel (one phone number) is in its life: the partner webhook events channel_created, channel_ready and
// channel_running name the steps (§12). Only a ready or running channel can get an API key.
enum class ChannelState { Created, Ready, Running, Other };

// A channel as GET /partners/{partner_id}/channels lists it (the `partner_channels` array).
struct PartnerChannel {
    QString id;       // e.g. "Lp0xR7CH"
    QString clientId; // client_id
    QString phoneNumber;
    QString phoneName; // setup_info.phone_name: the display name the number was registered with
    QString status;    // as sent: "created", "ready", "running", …
    ChannelState state = ChannelState::Other;
    QString accountMode;     // "live" or "sandbox"
    QString qualityRating;   // GREEN, YELLOW, RED, UNKNOWN; empty when not returned
    QString messagingLimit;  // e.g. TIER_1K; empty when not returned
    QString wabaId;          // waba_account.external_id (Meta's WABA id)
    QString wabaName;        // waba_account.name
    QString hostingPlatform; // integration.hosting_platform_type, e.g. CLOUD_API
    QDateTime createdAt;
    QDateTime billingStartedAt;

    bool canHaveKey() const { return state == ChannelState::Ready || state == ChannelState::Running; }
};

// The answer of POST /partners/{partner_id}/channels/{channel_id}/api_keys: the channel's new API key and the
// messaging API it is for. The key is a secret: whoever holds this wipes it (fill('\0')) when done, and it is
// never shown, logged or written anywhere but the keychain.
struct GeneratedApiKey {
    QByteArray apiKey;
    QUrl address; // the messaging API's base URL, e.g. https://waba-v2.360dialog.io
    QString appId;
    QString id;
    void wipe()
    {
        apiKey.fill('\0');
        apiKey.clear();
    }
};

// GET …/clients/{client_id}/info/balance: granularity day or month (the docs list both spellings, DAY|MONTH and
// day|month; the lower-case form is sent).
enum class Granularity { Day, Month };

struct BalanceQuery {
    Granularity granularity = Granularity::Month;
    QDateTime start; // inclusive; sent as a UNIX timestamp
    QDateTime end;   // inclusive

    // The last 30 days (day) or the last 12 months (month) up to `now`.
    static BalanceQuery recent(Granularity granularity, const QDateTime& now);
};

// One period of usage. The counts are conversations (or messages, under per-message pricing); cost is in the
// balance's currency.
struct UsagePeriod {
    QDate date;
    qint64 quantity = 0;
    qint64 freeQuantity = 0;
    qint64 paidQuantity = 0;
    qint64 businessInitiated = 0;
    qint64 userInitiated = 0;
    double cost = 0;
};

struct ClientBalance {
    bool hasBalance = false; // only Direct Payment clients have one
    double balance = 0;
    QString currency; // ISO code as sent, e.g. "EUR" or "usd"
    QList<UsagePeriod> usage;

    qint64 totalQuantity() const;
    double totalCost() const;
};

QString granularityName(Granularity granularity); // "day" / "month"
ChannelState channelStateFor(const QString& status);

} // namespace wabadesk::partner
