#include "model/Channel.h"

#include <QHostAddress>

namespace wabadesk {

bool Channel::isLoopback() const
{
    return isLoopbackUrl(baseUrl);
}

bool Channel::isLoopbackUrl(const QUrl& url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

bool Channel::isSandbox() const
{
    return isLoopback() || baseUrl.host().compare(QLatin1String("waba-sandbox.360dialog.io"), Qt::CaseInsensitive) == 0;
}

Channel::Hosting Channel::hostingFor(const QUrl& baseUrl)
{
    // The legacy On-Premise API lived on waba.360dialog.io (REFERENCE.md §0.3, §10).
    return baseUrl.host().compare(QLatin1String("waba.360dialog.io"), Qt::CaseInsensitive) == 0 ? Hosting::OnPremise
                                                                                                : Hosting::Cloud;
}

} // namespace wabadesk
