// See SecretStore.h. QtKeychain runs its jobs one after another; a job stuck
// in D-Bus would hold up every later one, and a job cannot be cancelled. So
// the watchdog does not wait for the job: it reports the timeout, and the
// job's own late answer, if it ever comes, is ignored. Jobs delete themselves
// when they finish (autoDelete), which keeps a late answer from touching
// anything freed.
#include "core/auth/SecretStore.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <qt6keychain/keychain.h>

namespace d360::auth {

namespace {

int seconds(std::chrono::milliseconds duration)
{
    return int(
        std::chrono::duration_cast<std::chrono::seconds>(duration + std::chrono::milliseconds(999))
            .count());
}

// Starts job and reports its outcome once: the finished job with the
// keychain's error (null on success) or, after the timeout, no job and a
// timed-out error; whichever comes first wins.
void runJob(QKeychain::Job *job, std::chrono::milliseconds timeout, QObject *context,
            std::function<void(QKeychain::Job *finishedJob, const SecretError &error)> report)
{
    auto reported = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job *finishedJob) {
        if (*reported || !guard)
            return;
        *reported = true;
        report(finishedJob,
               SecretError::fromKeychain(finishedJob->error(), finishedJob->errorString()));
    });
    const int timeoutSeconds = seconds(timeout);
    QTimer::singleShot(timeout, context, [=] {
        if (*reported || !guard)
            return;
        *reported = true;
        report(nullptr, SecretError::timedOut(timeoutSeconds));
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->start();
}

QString probeKey()
{
    return QStringLiteral("d360-exporter-keychain-probe");
}

} // namespace

SecretStore::SecretStore(const QString &service, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timeout(timeout)
{ }

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, m_timeout, context,
           [done](QKeychain::Job *, const SecretError &error) { done(error); });
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeout, context, [done](QKeychain::Job *finishedJob, const SecretError &error) {
        done(error.isNull() ? static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData()
                            : QString(),
             error);
    });
}

void SecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeout, context,
           [done](QKeychain::Job *, const SecretError &error) { done(error); });
}

void SecretStore::probe(QObject *context, Done done)
{
    read(probeKey(), context, [done](const QString &, const SecretError &error) {
        done(error.kind() == SecretError::Kind::NotFound ? SecretError() : error);
    });
}

} // namespace d360::auth
