#include "channels/WebhookUrlRules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>

namespace wabadesk::channels {

namespace {

// The translation context, for lupdate and at run time alike (free functions have no class of their own).
struct UrlRulesText {
    Q_DECLARE_TR_FUNCTIONS(WebhookUrlRules)
};

bool isLoopbackHost(const QString& host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

QStringList checkWebhookUrl(const QString& text, bool allowLoopback)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {UrlRulesText::tr("Enter the URL where 360dialog should deliver webhooks.")};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {UrlRulesText::tr("This is not a well-formed URL (expected e.g. https://hooks.example.com/whatsapp).")};
    if (allowLoopback && isLoopbackHost(url.host()) &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return {}; // the local sandbox delivers to a local listener
    QStringList problems;
    if (url.scheme() != QLatin1String("https"))
        problems << UrlRulesText::tr(
            "The URL must use https:// (360dialog only delivers to HTTPS with a valid certificate).");
    if (url.host().contains(QLatin1Char('_')))
        problems << UrlRulesText::tr("The host name must not contain \"_\" (\"%1\").").arg(url.host());
    if (url.port() != -1)
        problems << UrlRulesText::tr("The URL must not contain a port (\":%1\"); 360dialog delivers to port 443 only.")
                        .arg(url.port());
    if (!url.userInfo().isEmpty())
        problems << UrlRulesText::tr(
            "The URL must not contain a user name or password; use an Authorization header instead.");
    return problems;
}

QByteArray generateWebhookSecret()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray basicAuthorization(const QString& user, const QString& password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

} // namespace wabadesk::channels
