// The official openai npm client (tests/sdk, installed by the sdk_openai_install fixture)
// drives vigil-sim's background responses: what Vigil re-attaches to is what the
// provider's own client reads.
#include "simprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

class TestOpenAiSdk : public QObject
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
};

QTEST_GUILESS_MAIN(TestOpenAiSdk)
#include "tst_openai_sdk.moc"
