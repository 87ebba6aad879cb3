#pragma once

#include <QSet>
#include <QString>

namespace wabadesk::ui {

// What Settings → Preferences… changes, kept in QSettings (never a secret there). The keys are the ones the desk used
// before the dialog existed: composer/enterSends, desk/notifications, desk/readReceipts; plus
// notifications/mutedChannels (channel ids), outbox/messagesPerSecond and ui/language.
struct Preferences {
    static constexpr int kMinMessagesPerSecond = 1;
    static constexpr int kMaxMessagesPerSecond = 1000;
    static constexpr int kDefaultMessagesPerSecond = 80; // REFERENCE.md §8.1: a number's default throughput

    bool enterSends = true;    // Enter sends, Shift+Enter breaks the line; false: Ctrl+Enter sends
    bool notifications = true; // desktop notifications for new customer messages
    bool readReceipts = true;  // opening a conversation sends a read receipt (blue ticks)
    QSet<QString> mutedChannels;
    int messagesPerSecond = kDefaultMessagesPerSecond; // the outbox's pace per channel
    QString language; // the interface language (Translations::languages()' code), "" = the system's; read at start

    // Missing or out-of-range values read as their defaults (a rate outside 1–1000 is clamped, an unknown language
    // is the system's).
    static Preferences load();
    void save() const;
    static int clampRate(int messagesPerSecond);

    bool operator==(const Preferences&) const = default;
};

} // namespace wabadesk::ui
