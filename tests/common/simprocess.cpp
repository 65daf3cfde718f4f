#include "simprocess.h"

#include "childprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimProcess::start(const QJsonObject &profile)
{
    const QString path = m_dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(profile).toJson());
    file.close();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test that dies on a fatal error takes its simulator with it.
    dieWithParent(m_process);
    m_process.start(
        QStringLiteral(VIGIL_SIM_BINARY),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--profile"), path});
    if (!m_process.waitForStarted(5000))
        return false;
    QByteArray output;
    static const QRegularExpression listening(QStringLiteral(R"(127\.0\.0\.1:(\d+))"));
    for (int i = 0; i < 50 && m_port == 0; ++i) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_port = static_cast<quint16>(match.captured(1).toUInt());
    }
    if (m_port == 0)
        qWarning("vigil-sim did not start: %s %s", output.constData(),
                 m_process.readAllStandardError().constData());
    return m_port != 0;
}

QJsonObject SimProcess::stats()
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/sim/stats").arg(m_port))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return stats;
}

QJsonObject SimProcess::stepEntry(const QString &suffix)
{
    const QJsonObject steps = stats().value(QLatin1String("steps")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        if (it.key().endsWith(suffix))
            return it.value().toObject();
    }
    return {};
}

int SimProcess::countFor(const QString &stepTagSuffix, const QString &counter)
{
    return stepEntry(stepTagSuffix).value(counter).toInt();
}

int SimProcess::requestsFor(const QString &stepTagSuffix)
{
    return stepEntry(stepTagSuffix).value(QLatin1String("requests")).toInt();
}

int SimProcess::completionsFor(const QString &stepTagSuffix)
{
    return stepEntry(stepTagSuffix).value(QLatin1String("completions")).toInt();
}
