// The store fails the N-th write or commit, for every N through a whole run: Vigil must
// not crash, must say clearly that the store failed, and must lose no step it showed as
// done — the next run, on a healthy store, finishes the task without sending such a
// step again.
#include "enginerun.h"
#include "simprocess.h"
#include "store.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<vigil::TaskState>(); }

    void everyFailingOperationLosesNoCompletedStep()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        QTemporaryDir dir;
        int faultsHit = 0;
        for (int n = 1;; ++n) {
            QVERIFY2(n < 500, "the run never got past its faults");
            TaskSpec spec;
            spec.name = QStringLiteral("faults %1").arg(n);
            spec.provider.baseUrl = QUrl(sim.baseUrl());
            spec.model = QStringLiteral("vigil-small");
            spec.turns = {QStringLiteral("one?"), QStringLiteral("two?"), QStringLiteral("three?")};
            spec.retry = quickRetry();
            const QString db = dir.filePath(QStringLiteral("faults%1.db").arg(n));

            QSet<int> shownDone;
            bool injected = false;
            {
                CheckpointStore store;
                QVERIFY(store.open(db));
                store.injectFaultAt(n);
                Engine engine(store);
                QObject::connect(&engine, &Engine::eventOccurred, &engine,
                                 [&shownDone](const EngineEvent &event) {
                                     if (event.event == QLatin1String("step_done"))
                                         shownDone.insert(event.step);
                                 });
                QSignalSpy ended(&engine, &Engine::taskEnded);
                QString error;
                const auto id = engine.submit(spec, &error);
                if (id && engine.start(*id, &error)) {
                    QVERIFY2(ended.wait(10000), qPrintable(QStringLiteral("N = %1").arg(n)));
                    const auto state = ended.first().at(1).value<TaskState>();
                    const QString reason = ended.first().at(2).toString();
                    injected = store.lastError().contains(QLatin1String("injected fault"));
                    if (injected) {
                        QCOMPARE(state, TaskState::Paused);
                        QVERIFY2(reason.contains(QLatin1String("the checkpoint store failed")) &&
                                     reason.contains(QLatin1String("injected fault")),
                                 qPrintable(reason));
                    } else {
                        QCOMPARE(state, TaskState::Completed);
                    }
                } else {
                    injected = true;
                    QVERIFY2(error.contains(QLatin1String("injected fault")), qPrintable(error));
                }
            } // the engine and the store close here, as after a crash report
            if (!injected)
                break; // N is past the last operation of a whole run: every N was tried
            ++faultsHit;

            // On a healthy store every step shown done is still done and is not sent again.
            QHash<int, int> requestsBefore;
            for (int step : std::as_const(shownDone))
                requestsBefore.insert(
                    step, sim.requestsFor(QStringLiteral("%1:%2").arg(spec.workKey()).arg(step)));
            const Run again = runTask(db, spec);
            QCOMPARE(again.state, TaskState::Completed);
            for (auto it = requestsBefore.begin(); it != requestsBefore.end(); ++it)
                QCOMPARE(sim.requestsFor(QStringLiteral("%1:%2").arg(spec.workKey()).arg(it.key())),
                         it.value());
        }
        qInfo("a run of a three-step task has %d store operations that can fail", faultsHit);
        QVERIFY(faultsHit > 10);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
