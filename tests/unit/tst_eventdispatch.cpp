// Qt's HTTP threads run on Qt's own event dispatcher in the headless runner; the main thread
// keeps GLib, and a choice the user made stands.
#include "eventdispatch.h"

#include <QAbstractEventDispatcher>
#include <QTest>
#include <QThread>

using namespace vigil;

namespace {

QByteArray dispatcherOfANewThread()
{
    QThread thread;
    QByteArray name;
    QObject::connect(
        &thread, &QThread::started, &thread,
        [&name, &thread] {
            name = QAbstractEventDispatcher::instance()->metaObject()->className();
            thread.quit();
        },
        Qt::DirectConnection);
    thread.start();
    thread.wait();
    return name;
}

QByteArray mainThreadDispatcher()
{
    return QAbstractEventDispatcher::instance()->metaObject()->className();
}

} // namespace

class TestEventDispatch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("QT_NO_GLIB");
        qunsetenv("QT_NO_THREADED_GLIB");
        if (mainThreadDispatcher() != "QEventDispatcherGlib")
            QSKIP("this Qt was built without GLib");
    }

    void threadsOtherThanTheMainOneRunOnQtsDispatcher()
    {
        QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherGlib"));
        useQtEventDispatcherOffMainThread();
        QCOMPARE(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("1"));
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));
        QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherUNIX"));
        QCOMPARE(mainThreadDispatcher(), QByteArray("QEventDispatcherGlib"));
    }

    void aChoiceTheUserMadeStands()
    {
        qputenv("QT_NO_THREADED_GLIB", QByteArray());
        useQtEventDispatcherOffMainThread();
        QVERIFY(qgetenv("QT_NO_THREADED_GLIB").isEmpty());
        QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherGlib"));

        qunsetenv("QT_NO_THREADED_GLIB");
        qputenv("QT_NO_GLIB", QByteArrayLiteral("0"));
        useQtEventDispatcherOffMainThread();
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"));
    }
};

QTEST_GUILESS_MAIN(TestEventDispatch)
#include "tst_eventdispatch.moc"
