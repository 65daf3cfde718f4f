// The official npm clients (tests/sdk, installed by the sdk_install fixture) drive
// vigil-sim: openai its background responses, both openai and @anthropic-ai/sdk its batch
// services. What Vigil re-attaches to, uploads and polls is what the providers' own clients
// read and write.
#include "simprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

class TestOfficialSdks : public QObject
{
    Q_OBJECT

private slots:
    void theOfficialClientReadsBackgroundResponses()
    {
        SimProcess sim;
        QVERIFY(sim.start({{QStringLiteral("reply_words"), QJsonArray{30, 30}},
                           {QStringLiteral("token_delay_ms"), 20}}));
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral("node"),
                   {QStringLiteral(VIGIL_SDK_DIR "/openai-background.mjs"), sim.baseUrl()});
        QVERIFY2(node.waitForStarted(), "node is not installed (scripts/install-deps.sh)");
        QVERIFY(node.waitForFinished(60000));
        const QString output = QString::fromUtf8(node.readAll());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 qPrintable(output));
        // The script's checks ran against the simulator: two re-attaches and a cancel.
        QCOMPARE(sim.countFor(QStringLiteral("untagged"), QStringLiteral("reattaches")), 2);
        QCOMPARE(sim.countFor(QStringLiteral("untagged"), QStringLiteral("cancels")), 1);
        QCOMPARE(sim.countFor(QStringLiteral("untagged"), QStringLiteral("polls")), 1);
    }

    void theOfficialClientsDriveTheBatchServices_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("anthropic");
        QTest::newRow("openai") << QStringLiteral("openai-batch.mjs") << false;
        QTest::newRow("anthropic") << QStringLiteral("anthropic-batch.mjs") << true;
    }

    void theOfficialClientsDriveTheBatchServices()
    {
        QFETCH(QString, script);
        QFETCH(bool, anthropic);
        SimProcess sim;
        QVERIFY(sim.start(
            {{QStringLiteral("reply_words"), QJsonArray{5, 10}},
             {QStringLiteral("batches"), QJsonObject{{QStringLiteral("validating_ms"), 100},
                                                     {QStringLiteral("item_ms"), 20},
                                                     {QStringLiteral("finalizing_ms"), 100},
                                                     {QStringLiteral("cancelling_ms"), 100}}}}));
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(
            QStringLiteral("node"),
            {QStringLiteral(VIGIL_SDK_DIR "/") + script,
             anthropic ? QStringLiteral("http://127.0.0.1:%1").arg(sim.port()) : sim.baseUrl()});
        QVERIFY2(node.waitForStarted(), "node is not installed (scripts/install-deps.sh)");
        QVERIFY(node.waitForFinished(60000));
        const QString output = QString::fromUtf8(node.readAll());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 qPrintable(output));
        // The client's batch really ran at the simulator: each item completed once.
        for (const QString &item :
             {QStringLiteral("item-1"), QStringLiteral("item-2"), QStringLiteral("item-3")})
            QCOMPARE(sim.completionsFor(item), 1);
    }
};

QTEST_GUILESS_MAIN(TestOfficialSdks)
#include "tst_official_sdks.moc"
