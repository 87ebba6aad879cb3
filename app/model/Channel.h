#pragma once

#include "model/WebhookConfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wabadesk {

// A WhatsApp number connected through 360dialog, with its own API key (kept in the keychain, never here).
struct Channel {
    enum class Hosting {
        Cloud,     // waba-v2.360dialog.io (and the sandbox)
        OnPremise, // legacy waba.360dialog.io: a label and a warning only; Meta ended it on 23 Oct 2025
    };
    enum class KeyStorage {
        Keychain,   // the OS keychain; the channel is saved
        SessionOnly // memory only, for this run; the channel is not saved
    };

    QString id;            // local id (UUID), also names the keychain entries
    QString name;          // display name, unique among channels
    QString phoneNumber;   // display number as the API reports it, e.g. "+49 30 1234567"
    QString phoneNumberId; // Meta's phone-number id (webhook metadata.phone_number_id)
    QString verifiedName;  // the business name Meta verified
    QUrl baseUrl;
    Hosting hosting = Hosting::Cloud;
    KeyStorage keyStorage = KeyStorage::Keychain;
    QString colour;  // "#RRGGBB"
    QString keyHint; // "****1234": the key's last four characters, to tell keys apart; never the key
    QDateTime addedAt;
    QDateTime keyRotatedAt;
    // Webhook settings as last set through WabaDesk: URL and header *names*; header values are secrets (keychain).
    QUrl phoneWebhookUrl;
    QStringList phoneWebhookHeaderNames;
    QUrl wabaWebhookUrl;
    QStringList wabaWebhookHeaderNames;
    // Marketing templates go through POST /marketing_messages (MM Lite, UPDATES-2026.md §9) instead of /messages.
    bool marketingMessagesLite = false;

    bool isSandbox() const;  // the local sandbox (loopback) or 360dialog's hosted sandbox (waba-sandbox.360dialog.io)
    bool isLoopback() const; // the base URL is on this machine: only then may webhooks go to a loopback listener
    static bool isLoopbackUrl(const QUrl& url); // localhost, 127.0.0.0/8 or ::1
    static Hosting hostingFor(const QUrl& baseUrl);
};

} // namespace wabadesk
