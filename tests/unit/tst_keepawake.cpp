// Keep-awake, whatever the platform: every inhibitor held while the engine has work,
// released when it has none or when the user turns it off; one that refuses is asked
// again while work remains, and at once when work starts again.
#include "keepawake.h"
#include "sleepinhibitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace vigil;
using namespace std::chrono_literals;

namespace {

class RecordingInhibitor : public SleepInhibitor
{
public:
    explicit RecordingInhibitor(QString name) : m_name(std::move(name)) {}

    bool refuse = false;
    bool answerLater = false; // the answer comes when answer() is called
    int holds = 0;
    int releases = 0;
    QString reason;

    QString name() const override { return m_name; }
    void hold(const QString &why) override
    {
        ++holds;
        reason = why;
        if (!answerLater)
            answer();
    }
    void release() override { ++releases; }
    void answer() { emit held(!refuse, refuse ? QStringLiteral("not here") : QString()); }

private:
    QString m_name;
};

} // namespace

class TestKeepAwake : public QObject
{
    Q_OBJECT

private slots:
    void heldWhileThereIsWorkAndLetGoAfter()
    {
        RecordingInhibitor screen(QStringLiteral("screen saver"));
        RecordingInhibitor logind(QStringLiteral("logind"));
        KeepAwake keepAwake({&screen, &logind});
        QCOMPARE(keepAwake.holding(), 0); // no work yet
        QCOMPARE(screen.holds + logind.holds, 0);

        keepAwake.setWorking(true);
        QCOMPARE(keepAwake.holding(), 2);
        QVERIFY(!screen.reason.isEmpty());
        QCOMPARE(logind.reason, screen.reason);
        keepAwake.setWorking(true);
        QCOMPARE(screen.holds, 1); // one hold for all the work

        keepAwake.setWorking(false);
        QCOMPARE(keepAwake.holding(), 0);
        QCOMPARE(screen.releases, 1);
        QCOMPARE(logind.releases, 1);
        keepAwake.setWorking(false);
        QCOMPARE(screen.releases, 1); // nothing held, nothing released
    }

    void turnedOffHoldsNothing()
    {
        RecordingInhibitor logind(QStringLiteral("logind"));
        KeepAwake keepAwake({&logind});
        keepAwake.setEnabled(false);
        keepAwake.setWorking(true);
        QCOMPARE(logind.holds, 0);
        keepAwake.setEnabled(true);
        QCOMPARE(logind.holds, 1);
        QCOMPARE(keepAwake.holding(), 1);
        keepAwake.setEnabled(false);
        QCOMPARE(logind.releases, 1);
        QCOMPARE(keepAwake.holding(), 0);
    }

    void workThatEndsWhileAskingIsReleasedWhenTheAnswerComes()
    {
        RecordingInhibitor logind(QStringLiteral("logind"));
        logind.answerLater = true;
        KeepAwake keepAwake({&logind});
        keepAwake.setWorking(true);
        keepAwake.setWorking(false);
        keepAwake.setWorking(true);
        QCOMPARE(logind.holds, 1); // still asking: not asked twice
        keepAwake.setWorking(false);
        logind.answer();
        QCOMPARE(logind.releases, 1);
        QCOMPARE(keepAwake.holding(), 0);
    }

    void aRefusalIsAskedAgainWhileWorkRemains()
    {
        RecordingInhibitor screen(QStringLiteral("screen saver"));
        RecordingInhibitor logind(QStringLiteral("logind"));
        logind.refuse = true;
        KeepAwake keepAwake({&screen, &logind});
        keepAwake.setRetryInterval(50ms);
        keepAwake.setWorking(true);
        QCOMPARE(keepAwake.holding(), 1); // the screen saver holds on its own
        QCOMPARE(logind.holds, 1);

        QTRY_VERIFY_WITH_TIMEOUT(logind.holds >= 3, 5000); // asked again, again
        QCOMPARE(screen.holds, 1);                         // the one holding is left be
        logind.refuse = false;
        QTRY_COMPARE_WITH_TIMEOUT(keepAwake.holding(), 2, 5000);
        const int asked = logind.holds;
        QTest::qWait(200);
        QCOMPARE(logind.holds, asked); // holding now: no more asking

        keepAwake.setWorking(false);
        QCOMPARE(logind.releases, 1);
        QCOMPARE(screen.releases, 1);
    }

    void noWorkNoAskingAndNewWorkAsksAtOnce()
    {
        RecordingInhibitor logind(QStringLiteral("logind"));
        logind.refuse = true;
        KeepAwake keepAwake({&logind});
        keepAwake.setRetryInterval(50ms);
        keepAwake.setWorking(true);
        keepAwake.setWorking(false);
        QTest::qWait(200);
        QCOMPARE(logind.holds, 1); // without work, a refusal is not asked again
        QCOMPARE(logind.releases, 0);

        keepAwake.setRetryInterval(1h);
        keepAwake.setWorking(true);
        QCOMPARE(logind.holds, 2); // work starting again asks at once
    }
};

QTEST_GUILESS_MAIN(TestKeepAwake)
#include "tst_keepawake.moc"
