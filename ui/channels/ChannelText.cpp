#include "channels/ChannelText.h"

#include "api/ApiClient.h"

#include <QHostAddress>

namespace wabadesk::ui {

namespace {

bool isLoopback(const QUrl& url)
{
    return url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           QHostAddress(url.host()).isLoopback();
}

bool sameHost(const QUrl& a, const QUrl& b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ChannelText::service(const Channel& channel)
{
    if (channel.hosting == Channel::Hosting::OnPremise)
        return tr("Legacy On-Premise API");
    if (isLoopback(channel.baseUrl))
        return tr("Local sandbox");
    if (sameHost(channel.baseUrl, api::ApiClient::sandboxBaseUrl()))
        return tr("360dialog sandbox");
    if (sameHost(channel.baseUrl, api::ApiClient::defaultBaseUrl()))
        return tr("360dialog Cloud API");
    return channel.baseUrl.host();
}

QString ChannelText::number(const Channel& channel)
{
    return channel.phoneNumber.isEmpty() ? tr("Number not reported") : channel.phoneNumber;
}

QString ChannelText::description(const Channel& channel)
{
    QStringList parts;
    if (!channel.phoneNumber.isEmpty())
        parts << channel.phoneNumber;
    if (!channel.verifiedName.isEmpty() && channel.verifiedName != channel.name)
        parts << channel.verifiedName;
    parts << service(channel);
    //: Separator between the parts of a channel's description.
    return parts.join(tr(" · "));
}

QString ChannelText::keyStorage(const Channel& channel)
{
    return channel.keyStorage == Channel::KeyStorage::SessionOnly
               ? tr("Kept for this run only: WabaDesk forgets it when it quits, and the channel with it.")
               : tr("Kept in this computer's keychain.");
}

QString ChannelText::connection(const Channel& channel)
{
    if (isLoopback(channel.baseUrl))
        return tr("%1 — local sandbox at %2").arg(channel.name, channel.baseUrl.toString());
    //: Status bar: channel name, service, base URL.
    return tr("%1 — %2 (%3)").arg(channel.name, service(channel), channel.baseUrl.toString());
}

QString ChannelText::toolTip(const Channel& channel)
{
    return tr("%1\n%2").arg(channel.name, description(channel));
}

QString ChannelText::onPremiseWarning()
{
    return tr("<b>This channel uses the legacy On-Premise API, which Meta ended on 23 October 2025.</b> "
              "Messages through it no longer work. Migrate the number to the Cloud API in the 360dialog Hub, "
              "generate a new API key there, then remove this channel and add the number again with the "
              "360dialog Cloud base URL.");
}

} // namespace wabadesk::ui
