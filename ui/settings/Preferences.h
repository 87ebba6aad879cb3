#pragma once

#include "theme/Theme.h"

#include <QSet>
#include <QString>

namespace wabadesk::ui {

// What Settings → Preferences… changes, kept in QSettings (never a secret there). The keys are the ones the desk used
// before the dialog existed: composer/enterSends, desk/notifications, desk/readReceipts; plus
// notifications/mutedChannels (channel ids), outbox/messagesPerSecond, ui/language, ui/theme and the media archive's
// media/archiveMaxMegabytes and media/archiveRetentionDays.
struct Preferences {
    static constexpr int kMinMessagesPerSecond = 1;
    static constexpr int kMaxMessagesPerSecond = 1000;
    static constexpr int kDefaultMessagesPerSecond = 80; // REFERENCE.md §8.1: a number's default throughput
    // The inbound media archive (issue #7 §3): files up to this size are kept (MB = 1,000,000 bytes; the Cloud API's
    // own limit is 100 MB) for this many days (0: for ever).
    static constexpr int kDefaultArchiveMaxMegabytes = 25;
    static constexpr int kMaxArchiveMegabytes = 100;
    static constexpr int kDefaultArchiveRetentionDays = 90;
    static constexpr int kMaxArchiveRetentionDays = 3650;

    bool enterSends = true;    // Enter sends, Shift+Enter breaks the line; false: Ctrl+Enter sends
    QString agentName;         // {agent} in quick replies; "" = the OS user's full name (composer/agentName)
    bool notifications = true; // desktop notifications for new customer messages
    bool readReceipts = true;  // opening a conversation sends a read receipt (blue ticks)
    QSet<QString> mutedChannels;
    QString language; // the interface language (Translations::languages()' code), "" = the system's; read at start
    theme::Scheme theme = theme::Scheme::System;             // light, dark or the desktop's; applied at once
    int messagesPerSecond = kDefaultMessagesPerSecond;       // the outbox's pace per channel
    int archiveMaxMegabytes = kDefaultArchiveMaxMegabytes;   // media/archiveMaxMegabytes, 1–100
    int archiveRetentionDays = kDefaultArchiveRetentionDays; // media/archiveRetentionDays, 0–3650

    // Missing or out-of-range values read as their defaults (a rate outside 1–1000 is clamped, an unknown language
    // is the system's).
    static Preferences load();
    void save() const;
    static int clampRate(int messagesPerSecond);
    // What {agent} becomes: agentName, else the OS user's full name.
    QString effectiveAgentName() const;

    bool operator==(const Preferences&) const = default;
};

} // namespace wabadesk::ui
