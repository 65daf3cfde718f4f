#include "keychain.h"

#include "tr.h"

#include <QAbstractEventDispatcher>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace vigil {

namespace {

const QString kService = QStringLiteral("vigil");

QString describe(const QKeychain::Job &job, const QString &entry)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Tr::tr("the keychain holds no key named \"%1\"; store it with "
                      "`vigil set-key %1`")
            .arg(entry);
    case QKeychain::NoBackendAvailable:
        return Tr::tr("no keychain is available (on Linux: a Secret Service such as "
                      "GNOME Keyring or KWallet on the session bus): %1")
            .arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Tr::tr("the keychain refused access to \"%1\": %2").arg(entry, job.errorString());
    default:
        return Tr::tr("the keychain failed on \"%1\": %2 (is a keychain service such "
                      "as GNOME Keyring or KWallet running in this session?)")
            .arg(entry, job.errorString());
    }
}

template <typename JobType>
void startJob(JobType *job, const QString &entry, SecretStore::Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    QObject::connect(job, &QKeychain::Job::finished,
                     [entry, done = std::move(done)](QKeychain::Job *finished) {
                         QString key;
                         if (finished->error() == QKeychain::NoError) {
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 key = read->textData();
                         }
                         done(key, describe(*finished, entry));
                     });
    job->start();
}

} // namespace

void Keychain::run(std::function<void(Done)> start, Done done)
{
    if (m_glibThread == QThread::currentThread()) {
        start(std::move(done));
        return;
    }
    // The answer comes back through an object living on the caller's thread.
    auto *caller = new QObject;
    QMetaObject::invokeMethod(QAbstractEventDispatcher::instance(m_glibThread),
                              [start = std::move(start), done = std::move(done), caller] {
                                  start([done, caller](const QString &key, const QString &error) {
                                      QMetaObject::invokeMethod(caller, [done, caller, key, error] {
                                          caller->deleteLater();
                                          done(key, error);
                                      });
                                  });
                              });
}

void Keychain::readKey(const QString &entry, Done done)
{
    run(
        [entry](Done answer) {
            startJob(new QKeychain::ReadPasswordJob(kService), entry, std::move(answer));
        },
        std::move(done));
}

void Keychain::writeKey(const QString &entry, const QString &key, Done done)
{
    run(
        [entry, key](Done answer) {
            auto *job = new QKeychain::WritePasswordJob(kService);
            job->setTextData(key);
            startJob(job, entry, std::move(answer));
        },
        std::move(done));
}

void Keychain::removeKey(const QString &entry, Done done)
{
    run(
        [entry](Done answer) {
            startJob(new QKeychain::DeletePasswordJob(kService), entry, std::move(answer));
        },
        std::move(done));
}

} // namespace vigil
