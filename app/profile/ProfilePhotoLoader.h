#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace wabadesk::profile {

// Fetches the business profile's picture from its profile_picture_url (REFERENCE.md §4.1: a short-lived public CDN
// URL). No API key goes with it. Only https:// URLs are fetched, and http:// on loopback (the local sandbox);
// at most 5 MB; one fetch at a time (a new one cancels the last).
class ProfilePhotoLoader : public QObject {
    Q_OBJECT
public:
    explicit ProfilePhotoLoader(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ProfilePhotoLoader() override;

    static bool isFetchable(const QUrl& url);
    // Emits loaded() or failed() once, unless fetch() or cancel() comes first.
    void fetch(const QUrl& url);
    void cancel();

Q_SIGNALS:
    void loaded(const QUrl& url, const QByteArray& bytes);
    void failed(const QUrl& url);

private:
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
};

} // namespace wabadesk::profile
