#include "channels/ChannelRepository.h"

#include "common/PrivateFiles.h"

#include <QDir>
#include <QSettings>

namespace wabadesk::channels {

namespace {

QString hostingName(Channel::Hosting h)
{
    return h == Channel::Hosting::OnPremise ? QStringLiteral("on-premise") : QStringLiteral("cloud");
}

} // namespace

ChannelRepository::ChannelRepository(QString dataDir)
    : m_file(QDir(dataDir).filePath(QStringLiteral("channels.ini")))
{
    makePrivateDirectory(dataDir);
}

QList<Channel> ChannelRepository::load() const
{
    QSettings s(m_file, QSettings::IniFormat);
    QList<Channel> out;
    for (const QString& group : s.childGroups()) {
        s.beginGroup(group);
        Channel c;
        c.id = group;
        c.name = s.value(QStringLiteral("name")).toString();
        c.phoneNumber = s.value(QStringLiteral("phoneNumber")).toString();
        c.phoneNumberId = s.value(QStringLiteral("phoneNumberId")).toString();
        c.verifiedName = s.value(QStringLiteral("verifiedName")).toString();
        c.baseUrl = QUrl(s.value(QStringLiteral("baseUrl")).toString());
        c.hosting = s.value(QStringLiteral("hosting")).toString() == QLatin1String("on-premise")
                        ? Channel::Hosting::OnPremise
                        : Channel::Hosting::Cloud;
        c.colour = s.value(QStringLiteral("colour")).toString();
        c.keyHint = s.value(QStringLiteral("keyHint")).toString();
        c.addedAt = QDateTime::fromString(s.value(QStringLiteral("addedAt")).toString(), Qt::ISODate);
        c.keyRotatedAt = QDateTime::fromString(s.value(QStringLiteral("keyRotatedAt")).toString(), Qt::ISODate);
        c.phoneWebhookUrl = QUrl(s.value(QStringLiteral("phoneWebhookUrl")).toString());
        c.phoneWebhookHeaderNames =
            s.value(QStringLiteral("phoneWebhookHeaders")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.wabaWebhookUrl = QUrl(s.value(QStringLiteral("wabaWebhookUrl")).toString());
        c.marketingMessagesLite = s.value(QStringLiteral("marketingMessagesLite"), false).toBool();
        c.wabaWebhookHeaderNames =
            s.value(QStringLiteral("wabaWebhookHeaders")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.endGroup();
        if (!c.name.isEmpty() && c.baseUrl.isValid())
            out.append(c);
    }
    return out;
}

bool ChannelRepository::save(const Channel& c)
{
    if (c.keyStorage == Channel::KeyStorage::SessionOnly)
        return true; // kept for this run only
    QSettings s(m_file, QSettings::IniFormat);
    s.beginGroup(c.id);
    s.setValue(QStringLiteral("name"), c.name);
    s.setValue(QStringLiteral("phoneNumber"), c.phoneNumber);
    s.setValue(QStringLiteral("phoneNumberId"), c.phoneNumberId);
    s.setValue(QStringLiteral("verifiedName"), c.verifiedName);
    s.setValue(QStringLiteral("baseUrl"), c.baseUrl.toString());
    s.setValue(QStringLiteral("hosting"), hostingName(c.hosting));
    s.setValue(QStringLiteral("colour"), c.colour);
    s.setValue(QStringLiteral("keyHint"), c.keyHint);
    s.setValue(QStringLiteral("addedAt"), c.addedAt.toString(Qt::ISODate));
    s.setValue(QStringLiteral("keyRotatedAt"), c.keyRotatedAt.toString(Qt::ISODate));
    s.setValue(QStringLiteral("phoneWebhookUrl"), c.phoneWebhookUrl.toString());
    // Header names are HTTP tokens, which never contain a comma.
    s.setValue(QStringLiteral("phoneWebhookHeaders"), c.phoneWebhookHeaderNames.join(QLatin1Char(',')));
    s.setValue(QStringLiteral("wabaWebhookUrl"), c.wabaWebhookUrl.toString());
    s.setValue(QStringLiteral("marketingMessagesLite"), c.marketingMessagesLite);
    s.setValue(QStringLiteral("wabaWebhookHeaders"), c.wabaWebhookHeaderNames.join(QLatin1Char(',')));
    s.endGroup();
    s.sync();
    makePrivateFile(m_file); // QSettings writes a new file each time, with the default mode
    return s.status() == QSettings::NoError;
}

bool ChannelRepository::remove(const QString& channelId)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(channelId);
    s.sync();
    makePrivateFile(m_file);
    return s.status() == QSettings::NoError;
}

} // namespace wabadesk::channels
