// The public face of the sandbox: delegates to SandboxServer.
#include "sandbox/Sandbox.h"

#include "sandbox/SandboxChannel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

namespace wabadesk::sandbox {

Sandbox::Sandbox(SandboxOptions options)
    : d(std::make_unique<SandboxServer>(std::move(options)))
{}

Sandbox::~Sandbox()
{
    d->stop();
}

bool Sandbox::start(QString* errorMessage)
{
    return d->start(errorMessage);
}

void Sandbox::stop()
{
    d->stop();
}

bool Sandbox::isRunning() const
{
    return d->isRunning();
}

QUrl Sandbox::baseUrl() const
{
    return d->baseUrl();
}

QByteArray Sandbox::rotateKey()
{
    return d->rotateKey();
}

QByteArray Sandbox::apiKey() const
{
    return d->apiKey();
}

QUrl Sandbox::partnerBaseUrl() const
{
    return d->partnerBaseUrl();
}

QString Sandbox::partnerId() const
{
    return SandboxChannel::partnerId();
}

QByteArray Sandbox::partnerKey() const
{
    return d->partnerKey();
}

void Sandbox::setFaults(const FaultPlan& plan)
{
    d->state().with([&plan](StateData& data) { data.faults = plan; });
}

void Sandbox::setWebhook(const QUrl& url, const QMap<QString, QString>& headers)
{
    d->state().with([&](StateData& data) {
        data.phoneWebhook.url = url;
        data.phoneWebhook.headers = headers;
    });
}

void Sandbox::setLastInbound(const QString& waId, const QDateTime& when)
{
    d->state().with([&](StateData& data) { ensureCustomer(data, waId).lastInbound = when.toUTC(); });
}

QString Sandbox::injectInbound(const QString& waId, const QString& profileName, const QJsonObject& message)
{
    return d->injectInbound(waId, profileName, message);
}

QList<RecordedRequest> Sandbox::recordedRequests() const
{
    return d->state().with([](const StateData& data) { return data.requests; });
}

void Sandbox::clearRecordedRequests()
{
    d->state().with([](StateData& data) { data.requests.clear(); });
}

} // namespace wabadesk::sandbox
