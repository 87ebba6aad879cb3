#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace wabadesk::secrets {

namespace keys {

QString apiKey(const QString& channelId)
{
    return QStringLiteral("channel/%1/api-key").arg(channelId);
}

QString webhookHeaders(const QString& channelId, const QString& scope)
{
    return QStringLiteral("channel/%1/webhook-headers/%2").arg(channelId, scope);
}

QString partnerApiKey()
{
    return QStringLiteral("partner/api-key");
}

} // namespace keys

QString secretErrorText(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        return QCoreApplication::translate("SecretStore", "The keychain has no entry for this channel.");
    case SecretError::NoBackend:
        return QCoreApplication::translate("SecretStore",
                                           "No keychain is available on this system (on Linux: no Secret Service "
                                           "such as GNOME Keyring or KWallet is running).");
    case SecretError::AccessDenied:
        return QCoreApplication::translate("SecretStore", "Access to the keychain was denied.");
    case SecretError::Timeout:
        return QCoreApplication::translate("SecretStore", "The keychain did not answer in time.");
    case SecretError::Other:
        return QCoreApplication::translate("SecretStore", "The keychain reported an error.");
    }
    return {};
}

} // namespace wabadesk::secrets
