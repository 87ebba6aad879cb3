#include "profile/ProfilePhotoLoader.h"

#include "profile/ProfileRules.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace wabadesk::profile {

ProfilePhotoLoader::ProfilePhotoLoader(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

ProfilePhotoLoader::~ProfilePhotoLoader()
{
    cancel();
}

bool ProfilePhotoLoader::isFetchable(const QUrl& url)
{
    const QString host = url.host();
    const bool loopback =
        host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1");
    return url.isValid() && !host.isEmpty() &&
           (url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && loopback));
}

void ProfilePhotoLoader::fetch(const QUrl& url)
{
    cancel();
    if (!m_network || !isFetchable(url)) {
        QMetaObject::invokeMethod(
            this, [this, url] { Q_EMIT failed(url); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > limits::kPhotoBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        else
            return; // cancelled
        const QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        if (bytes.isEmpty() || bytes.size() > limits::kPhotoBytes)
            Q_EMIT failed(url);
        else
            Q_EMIT loaded(url, bytes);
    });
}

void ProfilePhotoLoader::cancel()
{
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
}

} // namespace wabadesk::profile
