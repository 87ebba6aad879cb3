#include "secrets/KeychainSecretStore.h"

#include "common/Logging.h"

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QDir>
#include <QPointer>
#include <QTimer>

namespace wabadesk::secrets {

namespace {

SecretError mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretError::Other;
}

// libsecret reports a missing Secret Service as OtherError with D-Bus wording (STYLE.md §1.8); treat it as
// "no keychain" so the user is offered the session-only choice instead of a cryptic failure.
SecretError refine(SecretError error, const QString& message)
{
    if (error != SecretError::Other)
        return error;
    static const char* const noService[] = {
        "org.freedesktop.secrets", "Cannot autolaunch D-Bus",       "No such interface", "ServiceUnknown",
        "was not provided by any", "Object does not exist at path", "No D-Bus",          "Could not connect"};
    for (const char* needle : noService)
        if (message.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return SecretError::NoBackend;
    return error;
}

} // namespace

struct KeychainSecretStore::Job {
    enum class Kind { Read, Write, Remove } kind;
    QString key;
    QByteArray secret;
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
    QPointer<QKeychain::Job> running;
    QTimer watchdog;
};

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

KeychainSecretStore::~KeychainSecretStore()
{
    if (m_current && m_current->running)
        m_current->running->disconnect(this);
}

QString KeychainSecretStore::serviceNameFor(const QString& dataDir)
{
    // One service per data directory, so two profiles (or a test run) never see each other's keys.
    const QByteArray path = QDir(dataDir).absolutePath().toUtf8();
    return QStringLiteral("WabaDesk/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

void KeychainSecretStore::read(const QString& key, QObject* context, Done done)
{
    auto job = std::make_unique<Job>();
    job->kind = Job::Kind::Read;
    job->key = key;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, Done done)
{
    auto job = std::make_unique<Job>();
    job->kind = Job::Kind::Write;
    job->key = key;
    job->secret = secret;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Done done)
{
    auto job = std::make_unique<Job>();
    job->kind = Job::Kind::Remove;
    job->key = key;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    enqueue(std::move(job));
}

void KeychainSecretStore::enqueue(std::unique_ptr<Job> job)
{
    m_queue.append(std::shared_ptr<Job>(std::move(job)));
    if (!m_current)
        QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    Job& job = *m_current;

    QKeychain::Job* kjob = nullptr;
    switch (job.kind) {
    case Job::Kind::Read:
        kjob = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Job::Kind::Write: {
        auto* w = new QKeychain::WritePasswordJob(m_service, this);
        w->setBinaryData(job.secret);
        job.secret.fill('\0');
        job.secret.clear();
        kjob = w;
        break;
    }
    case Job::Kind::Remove:
        kjob = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    kjob->setKey(job.key);
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false); // never a plaintext file (issue #3)
    job.running = kjob;
    connect(kjob, &QKeychain::Job::finished, this, [this, kjob](QKeychain::Job*) {
        if (!m_current || m_current->running != kjob)
            return;
        SecretResult result;
        result.error = refine(mapError(kjob->error()), kjob->errorString());
        if (!result.ok())
            result.message = kjob->errorString();
        if (m_current->kind == Job::Kind::Read && result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob*>(kjob)->binaryData();
        finishCurrent(result);
    });
    // QtKeychain can block for the D-Bus default of 25 s when no service answers: end the job ourselves first.
    job.watchdog.setSingleShot(true);
    connect(&job.watchdog, &QTimer::timeout, this, [this, kjob] {
        if (!m_current || m_current->running != kjob)
            return;
        qCWarning(lcSecrets) << "keychain job timed out";
        kjob->disconnect(this);
        finishCurrent({SecretError::Timeout, {}, QStringLiteral("timeout")});
    });
    job.watchdog.start(m_timeout);
    kjob->start();
}

void KeychainSecretStore::finishCurrent(const SecretResult& result)
{
    const std::shared_ptr<Job> job = std::move(m_current);
    m_current.reset();
    job->watchdog.stop();
    if (!result.ok() && result.error != SecretError::NotFound)
        qCInfo(lcSecrets) << "keychain:" << secretErrorText(result.error) << result.message;
    if (job->done && (!job->hasContext || job->context))
        job->done(result);
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

} // namespace wabadesk::secrets
