#include "channels/ChannelService.h"

#include "channels/WebhookUrlRules.h"
#include "common/Guarded.h"
#include "common/Logging.h"
#include "common/Redact.h"
#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace wabadesk::channels {

namespace {

ChannelError error(ChannelError::Kind kind, const QString& message, const QStringList& problems = {})
{
    ChannelError e;
    e.kind = kind;
    e.message = message;
    e.problems = problems;
    return e;
}

ChannelError keychainError(const secrets::SecretResult& r)
{
    if (r.error == secrets::SecretError::NoBackend)
        return error(ChannelError::Kind::NoKeychain, secrets::secretErrorText(r.error));
    return error(ChannelError::Kind::KeychainFailed, secrets::secretErrorText(r.error));
}

QString scopeName(ChannelService::WebhookScope scope)
{
    return scope == ChannelService::WebhookScope::Waba ? QStringLiteral("waba") : QStringLiteral("phone");
}

// Colours that stay distinct on light and dark backgrounds; channels take them in turn.
const QStringList kColours{QStringLiteral("#25A366"), QStringLiteral("#2F80ED"), QStringLiteral("#E2762B"),
                           QStringLiteral("#9B51E0"), QStringLiteral("#D64550"), QStringLiteral("#1AA3B5")};

bool isHeaderName(const QString& name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$"));
    return token.match(name).hasMatch();
}

} // namespace

// One channel's key (cached for the run) and its ApiClient.
struct ChannelService::Session {
    QByteArray key;
    std::unique_ptr<api::ApiClient> client;
    ~Session() { key.fill('\0'); }
};

ChannelService::ChannelService(QNetworkAccessManager* network, secrets::SecretStore* keychain,
                               ChannelRepository* repository, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_keychain(keychain)
    , m_repository(repository)
    , m_sessionStore(std::make_unique<secrets::MemorySecretStore>())
    , m_channels(repository->load())
{}

ChannelService::~ChannelService() = default;

std::optional<Channel> ChannelService::channel(const QString& id) const
{
    for (const Channel& c : m_channels)
        if (c.id == id)
            return c;
    return std::nullopt;
}

std::optional<Channel> ChannelService::channelByName(const QString& name) const
{
    for (const Channel& c : m_channels)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

api::ClientProvider ChannelService::clientProvider()
{
    return
        [this](const QString& channelId, QObject* context, std::function<void(const QString&, api::ApiClient*)> done) {
            withClient(channelId, context, [done = std::move(done)](const ChannelError& error, api::ApiClient* client) {
                if (error.isError() || !client)
                    done(error.message.isEmpty() ? QCoreApplication::translate("ChannelService", "The channel is not "
                                                                                                 "available.")
                                                 : error.message,
                         nullptr);
                else
                    done({}, client);
            });
        };
}

QString ChannelService::channelDataDir(const QString& channelId) const
{
    return QFileInfo(m_repository->filePath()).absoluteDir().filePath(QStringLiteral("channels/") + channelId);
}

secrets::SecretStore* ChannelService::storeFor(const Channel& channel) const
{
    return channel.keyStorage == Channel::KeyStorage::SessionOnly ? m_sessionStore.get() : m_keychain;
}

ChannelError ChannelService::errorFor(const api::ApiError& e)
{
    using Kind = api::ApiError::Kind;
    ChannelError out;
    out.apiError = e;
    switch (e.kind) {
    case Kind::None:
        return out;
    case Kind::Validation:
        out.kind = ChannelError::Kind::InvalidInput;
        out.problems = e.problems;
        out.message = e.problems.value(0);
        return out;
    case Kind::Network:
        if (e.networkError == QNetworkReply::ConnectionRefusedError ||
            e.networkError == QNetworkReply::HostNotFoundError) {
            out.kind = ChannelError::Kind::Unreachable;
            out.message = tr("The base URL cannot be reached: %1. Check the URL, or whether the server is running.")
                              .arg(e.message);
            return out;
        }
        [[fallthrough]];
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Cancelled:
        out.kind = ChannelError::Kind::NetworkFailure;
        out.message = tr("The network failed while checking: %1. Check the connection and try again.").arg(e.message);
        return out;
    case Kind::MalformedResponse:
        out.kind = ChannelError::Kind::NotAnApi;
        out.message = tr("The server at this base URL does not answer like the 360dialog API.");
        return out;
    case Kind::Http:
    case Kind::Api:
        break;
    }
    // 401/403 (Meta's AuthException, code 0, comes as 401) and code 190 mean the key was not accepted (§7.2).
    // A code-0 error without 401 is not an auth failure: 360dialog's own 400s ("endpoint rate limit") carry no code.
    if (e.httpStatus == 401 || e.httpStatus == 403 || e.code == 190) {
        out.kind = ChannelError::Kind::WrongKey;
        out.message = tr("The API key was not accepted. Check that you pasted the whole key and that it is the "
                         "channel's newest one.");
        return out;
    }
    if (e.kind == Kind::Http) {
        out.kind = ChannelError::Kind::NotAnApi;
        out.message =
            tr("The server at this base URL does not answer like the 360dialog API (HTTP %1).").arg(e.httpStatus);
        return out;
    }
    out.kind = ChannelError::Kind::ApiRejected;
    out.message = tr("360dialog refused the request: %1").arg(e.title.isEmpty() ? e.message : e.title);
    return out;
}

void ChannelService::checkKey(const QUrl& baseUrl, const QByteArray& key, QObject* context,
                              std::function<void(const KeyCheck&)> done)
{
    // A temporary client for this check. Its calls are its children, so callbacks must not own it: it is deleted
    // later, once the check has finished.
    auto* client = new api::ApiClient(
        m_network, baseUrl, [key] { return key; }, this);
    client->setTimeout(std::chrono::milliseconds(15000));
    auto finish = [deliver = guarded(context, std::move(done)), client](const KeyCheck& check) {
        client->deleteLater();
        deliver(check);
    };
    client->phoneNumberInfo(client, [client, finish](const api::Result<PhoneNumberInfo>& r) {
        if (r.ok()) {
            finish({ChannelError{}, r.value().phoneNumber, r.value().id, r.value().verifiedName});
            return;
        }
        // GET /v1/configs/phone_number is unconfirmed on waba-v2 (REFERENCE.md §11.2): on 404 or 405, check the
        // key with the business profile instead.
        if (r.error().httpStatus != 404 && r.error().httpStatus != 405) {
            finish({errorFor(r.error()), {}, {}, {}});
            return;
        }
        client->businessProfile(client, [finish](const api::Result<BusinessProfile>& p) {
            finish({p.ok() ? ChannelError{} : errorFor(p.error()), {}, {}, {}});
        });
    });
}

void ChannelService::addChannel(const QUrl& baseUrl, const QByteArray& rawKey, const QString& requestedName,
                                Channel::KeyStorage storage, QObject* context,
                                std::function<void(const ChannelError&, const Channel&)> done)
{
    const auto finish = guarded(context, std::move(done));
    const QByteArray key = rawKey.trimmed();
    const QString name = requestedName.trimmed();
    QStringList problems;
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http")))
        problems << tr("The base URL must be an http(s) URL, e.g. https://waba-v2.360dialog.io.");
    if (key.isEmpty())
        problems << tr("Paste the channel's API key.");
    else if (key.contains(' ') || key.contains('\n'))
        problems << tr("The API key must not contain spaces or line breaks.");
    if (!name.isEmpty() && channelByName(name))
        problems << tr("A channel named \"%1\" exists already.").arg(name);
    if (!problems.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [finish, problems] { finish(error(ChannelError::Kind::InvalidInput, problems.first(), problems), {}); },
            Qt::QueuedConnection);
        return;
    }

    checkKey(baseUrl, key, this, [=, this](const KeyCheck& check) {
        if (check.error.isError()) {
            finish(check.error, {});
            return;
        }
        for (const Channel& existing : m_channels) {
            if (!check.phoneNumberId.isEmpty() && existing.phoneNumberId == check.phoneNumberId &&
                existing.baseUrl == baseUrl) {
                finish(error(ChannelError::Kind::Duplicate,
                             tr("This number is already set up as \"%1\". To use a new key, rotate that channel's key.")
                                 .arg(existing.name)),
                       {});
                return;
            }
        }
        Channel c;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.baseUrl = baseUrl;
        c.hosting = Channel::hostingFor(baseUrl);
        c.keyStorage = storage;
        c.phoneNumber = check.phoneNumber;
        c.phoneNumberId = check.phoneNumberId;
        c.verifiedName = check.verifiedName;
        c.colour = kColours.at(m_channels.size() % kColours.size());
        c.keyHint = redactedSecret(key);
        c.addedAt = QDateTime::currentDateTimeUtc();
        QString base = name;
        if (base.isEmpty())
            base = !check.verifiedName.isEmpty()  ? check.verifiedName
                   : !check.phoneNumber.isEmpty() ? check.phoneNumber
                                                  : baseUrl.host();
        c.name = base;
        for (int n = 2; channelByName(c.name); ++n)
            c.name = QStringLiteral("%1 (%2)").arg(base).arg(n);

        storeFor(c)->write(secrets::keys::apiKey(c.id), key, this, [=, this](const secrets::SecretResult& r) {
            if (!r.ok()) {
                finish(keychainError(r), {});
                return;
            }
            if (!m_repository->save(c)) {
                storeFor(c)->remove(secrets::keys::apiKey(c.id), this, {});
                finish(error(ChannelError::Kind::KeychainFailed,
                             tr("The channel settings could not be written to %1.").arg(m_repository->filePath())),
                       {});
                return;
            }
            auto session = std::make_shared<Session>();
            session->key = key;
            m_sessions.insert(c.id, session);
            m_channels.append(c);
            qCInfo(lcChannels) << "channel added:" << c.name << c.baseUrl.host() << "key" << c.keyHint;
            Q_EMIT channelsChanged();
            finish({}, c);
        });
    });
}

void ChannelService::replaceChannel(const Channel& channel)
{
    for (Channel& c : m_channels)
        if (c.id == channel.id)
            c = channel;
    m_repository->save(channel);
    Q_EMIT channelsChanged();
}

bool ChannelService::setMarketingMessagesLite(const QString& channelId, bool enabled)
{
    std::optional<Channel> c = channel(channelId);
    if (!c)
        return false;
    if (c->marketingMessagesLite != enabled) {
        c->marketingMessagesLite = enabled;
        replaceChannel(*c);
    }
    return true;
}

ChannelError ChannelService::renameChannel(const QString& channelId, const QString& requestedName)
{
    std::optional<Channel> c = channel(channelId);
    if (!c)
        return error(ChannelError::Kind::NotFound, tr("There is no such channel."));
    const QString name = requestedName.trimmed();
    if (name.isEmpty())
        return error(ChannelError::Kind::InvalidInput, tr("Give the channel a name."));
    if (const std::optional<Channel> other = channelByName(name); other && other->id != channelId)
        return error(ChannelError::Kind::InvalidInput, tr("A channel named \"%1\" exists already.").arg(name));
    if (c->name == name)
        return {};
    c->name = name;
    replaceChannel(*c);
    return {};
}

void ChannelService::rotateKey(const QString& channelId, const QByteArray& rawKey, QObject* context, Done done)
{
    const auto finish = guarded(context, std::move(done));
    const auto found = channel(channelId);
    const QByteArray key = rawKey.trimmed();
    if (!found || key.isEmpty()) {
        const ChannelError e = !found ? error(ChannelError::Kind::NotFound, tr("There is no such channel."))
                                      : error(ChannelError::Kind::InvalidInput, tr("Paste the new API key."));
        QMetaObject::invokeMethod(
            this, [finish, e] { finish(e); }, Qt::QueuedConnection);
        return;
    }
    const Channel old = *found;
    // 1. The new key must work before anything changes.
    checkKey(old.baseUrl, key, this, [=, this](const KeyCheck& check) {
        if (check.error.isError()) {
            finish(check.error);
            return;
        }
        if (!old.phoneNumberId.isEmpty() && !check.phoneNumberId.isEmpty() &&
            check.phoneNumberId != old.phoneNumberId) {
            finish(
                error(ChannelError::Kind::InvalidInput,
                      tr("This key belongs to another number (%1), not to \"%2\".").arg(check.phoneNumber, old.name)));
            return;
        }
        // 2. Replace the entry (one keychain write: the old key stays if it fails).
        storeFor(old)->write(secrets::keys::apiKey(old.id), key, this, [=, this](const secrets::SecretResult& r) {
            if (!r.ok()) {
                finish(keychainError(r));
                return;
            }
            auto session = m_sessions.value(old.id);
            if (!session) {
                session = std::make_shared<Session>();
                m_sessions.insert(old.id, session);
            }
            session->key = key;
            Channel updated = old;
            updated.keyHint = redactedSecret(key);
            updated.keyRotatedAt = QDateTime::currentDateTimeUtc();
            replaceChannel(updated);
            qCInfo(lcChannels) << "key rotated for" << updated.name << "now" << updated.keyHint;

            // 3. A new key resets the webhook at 360dialog (§5.1): set it again, phone number first, then WABA.
            QList<WebhookScope> scopes;
            if (!updated.phoneWebhookUrl.isEmpty())
                scopes.append(WebhookScope::PhoneNumber);
            if (!updated.wabaWebhookUrl.isEmpty())
                scopes.append(WebhookScope::Waba);
            reapplyWebhooks(updated.id, scopes, finish);
        });
    });
}

void ChannelService::reapplyWebhooks(const QString& channelId, QList<WebhookScope> scopes, Done finish)
{
    if (scopes.isEmpty()) {
        finish({});
        return;
    }
    const WebhookScope scope = scopes.takeFirst();
    webhookSecrets(channelId, scope, this, [=, this](const ChannelError& e, const QMap<QString, QString>& headers) {
        const auto c = channel(channelId);
        if (e.isError() || !c) {
            finish(error(e.isError() ? e.kind : ChannelError::Kind::NotFound,
                         tr("The key was replaced, but the webhook could not be re-applied: %1")
                             .arg(e.isError() ? e.message : tr("the channel is gone"))));
            return;
        }
        WebhookConfig config;
        config.url = scope == WebhookScope::Waba ? c->wabaWebhookUrl : c->phoneWebhookUrl;
        config.headers = headers;
        setWebhook(channelId, scope, config, this, [=, this](const ChannelError& se) {
            if (se.isError()) {
                ChannelError wrapped = se;
                wrapped.message =
                    tr("The key was replaced, but the webhook could not be re-applied: %1").arg(se.message);
                finish(wrapped);
                return;
            }
            reapplyWebhooks(channelId, scopes, finish);
        });
    });
}

void ChannelService::removeChannel(const QString& channelId, bool purgeHistory, QObject* context, Done done)
{
    const auto finish = guarded(context, std::move(done));
    const auto found = channel(channelId);
    if (!found) {
        QMetaObject::invokeMethod(
            this, [finish] { finish(error(ChannelError::Kind::NotFound, tr("There is no such channel."))); },
            Qt::QueuedConnection);
        return;
    }
    const Channel c = *found;
    const auto removeAll = [this, c, purgeHistory, finish] {
        removeSecrets(c,
                      {secrets::keys::apiKey(c.id),
                       secrets::keys::webhookHeaders(c.id, scopeName(WebhookScope::PhoneNumber)),
                       secrets::keys::webhookHeaders(c.id, scopeName(WebhookScope::Waba))},
                      purgeHistory, finish);
    };
    if (!purgeHistory || !m_historyPurger) {
        removeAll();
        return;
    }
    // The history first: if it cannot go (the journal is in use elsewhere), the channel stays, to be removed again.
    m_historyPurger(c, [removeAll, finish](const QString& why) {
        if (!why.isEmpty()) {
            finish(
                error(ChannelError::Kind::InvalidInput, tr("The channel's history could not be deleted: %1").arg(why)));
            return;
        }
        removeAll();
    });
}

void ChannelService::removeSecrets(const Channel& c, QStringList keys, bool purgeHistory, Done finish)
{
    if (!keys.isEmpty()) {
        const QString key = keys.takeFirst();
        storeFor(c)->remove(key, this, [=, this](const secrets::SecretResult& r) {
            // A missing entry is fine; anything else stops here so that the user can retry and nothing is left.
            if (!r.ok() && r.error != secrets::SecretError::NotFound) {
                finish(keychainError(r));
                return;
            }
            removeSecrets(c, keys, purgeHistory, finish);
        });
        return;
    }
    m_sessions.remove(c.id);
    m_repository->remove(c.id);
    m_channels.removeIf([&](const Channel& x) { return x.id == c.id; });
    if (purgeHistory)
        QDir(channelDataDir(c.id)).removeRecursively();
    qCInfo(lcChannels) << "channel removed:" << c.name << (purgeHistory ? "with its history" : "");
    Q_EMIT channelsChanged();
    finish({});
}

void ChannelService::setWebhook(const QString& channelId, WebhookScope scope, const WebhookConfig& config,
                                QObject* context, Done done)
{
    const auto finish = guarded(context, std::move(done));
    const auto found = channel(channelId);
    QStringList problems;
    if (found) {
        problems = checkWebhookUrl(config.url.toString(), found->isLoopback());
        for (auto it = config.headers.begin(); it != config.headers.end(); ++it) {
            if (!isHeaderName(it.key()))
                problems << tr("\"%1\" is not a valid header name.").arg(it.key());
            if (it.value().contains(QLatin1Char('\n')) || it.value().contains(QLatin1Char('\r')))
                problems << tr("The value of header %1 must not contain line breaks.").arg(it.key());
        }
    }
    if (!found || !problems.isEmpty()) {
        const ChannelError e = !found ? error(ChannelError::Kind::NotFound, tr("There is no such channel."))
                                      : error(ChannelError::Kind::InvalidInput, problems.first(), problems);
        QMetaObject::invokeMethod(
            this, [finish, e] { finish(e); }, Qt::QueuedConnection);
        return;
    }
    withClient(channelId, this, [=, this](const ChannelError& ce, api::ApiClient* client) {
        if (ce.isError()) {
            finish(ce);
            return;
        }
        auto applied = [=, this](const api::Result<bool>& r) {
            if (!r.ok()) {
                finish(errorFor(r.error()));
                return;
            }
            // Remember the headers' values in the keychain (the listener authenticates deliveries with them).
            QJsonObject values;
            for (auto it = config.headers.begin(); it != config.headers.end(); ++it)
                values.insert(it.key(), it.value());
            const auto current = channel(channelId);
            if (!current) {
                finish(error(ChannelError::Kind::NotFound, tr("There is no such channel.")));
                return;
            }
            storeFor(*current)->write(
                secrets::keys::webhookHeaders(channelId, scopeName(scope)),
                QJsonDocument(values).toJson(QJsonDocument::Compact), this, [=, this](const secrets::SecretResult& w) {
                    if (!w.ok()) {
                        finish(keychainError(w));
                        return;
                    }
                    auto c = channel(channelId);
                    if (!c) {
                        finish(error(ChannelError::Kind::NotFound, tr("There is no such channel.")));
                        return;
                    }
                    if (scope == WebhookScope::Waba) {
                        c->wabaWebhookUrl = config.url;
                        c->wabaWebhookHeaderNames = config.headers.keys();
                    } else {
                        c->phoneWebhookUrl = config.url;
                        c->phoneWebhookHeaderNames = config.headers.keys();
                    }
                    replaceChannel(*c);
                    finish({});
                });
        };
        if (scope == WebhookScope::Waba)
            client->setWabaWebhook(config, this, applied);
        else
            client->setPhoneNumberWebhook(config, this, applied);
    });
}

void ChannelService::webhookSecrets(const QString& channelId, WebhookScope scope, QObject* context,
                                    std::function<void(const ChannelError&, const QMap<QString, QString>&)> done)
{
    const auto finish = guarded(context, std::move(done));
    const auto found = channel(channelId);
    if (!found) {
        QMetaObject::invokeMethod(
            this, [finish] { finish(error(ChannelError::Kind::NotFound, tr("There is no such channel.")), {}); },
            Qt::QueuedConnection);
        return;
    }
    storeFor(*found)->read(secrets::keys::webhookHeaders(channelId, scopeName(scope)), this,
                           [finish](const secrets::SecretResult& r) {
                               QMap<QString, QString> headers;
                               if (r.error == secrets::SecretError::NotFound) {
                                   finish({}, headers); // no headers were set
                                   return;
                               }
                               if (!r.ok()) {
                                   finish(keychainError(r), headers);
                                   return;
                               }
                               const QJsonObject o = QJsonDocument::fromJson(r.secret).object();
                               for (auto it = o.begin(); it != o.end(); ++it)
                                   headers.insert(it.key(), it.value().toString());
                               finish({}, headers);
                           });
}

void ChannelService::withClient(const QString& channelId, QObject* context,
                                std::function<void(const ChannelError&, api::ApiClient*)> done)
{
    const auto finish = guarded(context, std::move(done));
    const auto found = channel(channelId);
    if (!found) {
        QMetaObject::invokeMethod(
            this, [finish] { finish(error(ChannelError::Kind::NotFound, tr("There is no such channel.")), nullptr); },
            Qt::QueuedConnection);
        return;
    }
    auto makeClient = [this, id = found->id, base = found->baseUrl](const std::shared_ptr<Session>& session) {
        if (!session->client) {
            std::weak_ptr<Session> weak = session;
            session->client = std::make_unique<api::ApiClient>(m_network, base, [weak] {
                const auto s = weak.lock();
                return s ? s->key : QByteArray();
            });
        }
        return session->client.get();
    };
    if (const auto session = m_sessions.value(found->id); session && !session->key.isEmpty()) {
        api::ApiClient* client = makeClient(session);
        QMetaObject::invokeMethod(
            this, [finish, client] { finish({}, client); }, Qt::QueuedConnection);
        return;
    }
    const QString name = found->name;
    storeFor(*found)->read(secrets::keys::apiKey(found->id), this, [=, this](const secrets::SecretResult& r) {
        if (!r.ok()) {
            ChannelError e = keychainError(r);
            if (r.error == secrets::SecretError::NotFound)
                e.message = tr("The keychain holds no API key for \"%1\". Rotate the key to "
                               "enter it again.")
                                .arg(name);
            finish(e, nullptr);
            return;
        }
        auto session = m_sessions.value(channelId);
        if (!session) {
            session = std::make_shared<Session>();
            m_sessions.insert(channelId, session);
        }
        session->key = r.secret;
        finish({}, makeClient(session));
    });
}

} // namespace wabadesk::channels
