#include "settings/Preferences.h"

#include "common/Translations.h"
#include "common/UserName.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace wabadesk::ui {

namespace {
const auto kEnterSendsKey = QStringLiteral("composer/enterSends");
const auto kAgentNameKey = QStringLiteral("composer/agentName");
const auto kNotificationsKey = QStringLiteral("desk/notifications");
const auto kReadReceiptsKey = QStringLiteral("desk/readReceipts");
const auto kMutedChannelsKey = QStringLiteral("notifications/mutedChannels");
const auto kMessagesPerSecondKey = QStringLiteral("outbox/messagesPerSecond");
const auto kLanguageKey = QStringLiteral("ui/language");
const auto kThemeKey = QStringLiteral("ui/theme");
const auto kArchiveMaxKey = QStringLiteral("media/archiveMaxMegabytes");
const auto kArchiveRetentionKey = QStringLiteral("media/archiveRetentionDays");
} // namespace

int Preferences::clampRate(int messagesPerSecond)
{
    return std::clamp(messagesPerSecond, kMinMessagesPerSecond, kMaxMessagesPerSecond);
}

QString Preferences::effectiveAgentName() const
{
    return agentName.trimmed().isEmpty() ? osUserFullName() : agentName.trimmed();
}

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.enterSends = settings.value(kEnterSendsKey, true).toBool();
    p.agentName = settings.value(kAgentNameKey).toString().trimmed();
    p.notifications = settings.value(kNotificationsKey, true).toBool();
    p.readReceipts = settings.value(kReadReceiptsKey, true).toBool();
    const QStringList muted = settings.value(kMutedChannelsKey).toStringList();
    p.mutedChannels = QSet<QString>(muted.cbegin(), muted.cend());
    p.mutedChannels.remove(QString());
    bool ok = false;
    const int rate = settings.value(kMessagesPerSecondKey, kDefaultMessagesPerSecond).toInt(&ok);
    p.messagesPerSecond = ok ? clampRate(rate) : kDefaultMessagesPerSecond;
    const QString language = settings.value(kLanguageKey).toString();
    p.language = Translations::isLanguage(language) ? language : QString();
    p.theme = theme::schemeFromName(settings.value(kThemeKey).toString());
    const int archiveMax = settings.value(kArchiveMaxKey, kDefaultArchiveMaxMegabytes).toInt(&ok);
    p.archiveMaxMegabytes = ok ? std::clamp(archiveMax, 1, kMaxArchiveMegabytes) : kDefaultArchiveMaxMegabytes;
    const int retention = settings.value(kArchiveRetentionKey, kDefaultArchiveRetentionDays).toInt(&ok);
    p.archiveRetentionDays = ok ? std::clamp(retention, 0, kMaxArchiveRetentionDays) : kDefaultArchiveRetentionDays;
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kEnterSendsKey, enterSends);
    if (agentName.trimmed().isEmpty())
        settings.remove(kAgentNameKey);
    else
        settings.setValue(kAgentNameKey, agentName.trimmed());
    settings.setValue(kNotificationsKey, notifications);
    settings.setValue(kReadReceiptsKey, readReceipts);
    QStringList muted(mutedChannels.cbegin(), mutedChannels.cend());
    muted.sort();
    settings.setValue(kMutedChannelsKey, muted);
    settings.setValue(kMessagesPerSecondKey, clampRate(messagesPerSecond));
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    if (theme == theme::Scheme::System)
        settings.remove(kThemeKey);
    else
        settings.setValue(kThemeKey, theme::schemeName(theme));
    settings.setValue(kArchiveMaxKey, std::clamp(archiveMaxMegabytes, 1, kMaxArchiveMegabytes));
    settings.setValue(kArchiveRetentionKey, std::clamp(archiveRetentionDays, 0, kMaxArchiveRetentionDays));
}

} // namespace wabadesk::ui
