// The headless runner's threads run on Qt's own event dispatcher, but for the one GLib thread
// kept for the keychain; the desktop's, but for its main thread; a choice the user made
// stands.
#include "eventdispatch.h"

#include <QAbstractEventDispatcher>
#include <QTest>
#include <QThread>

using namespace vigil;

namespace {

QByteArray dispatcherOf(QThread *thread)
{
    QByteArray name;
    QMetaObject::invokeMethod(
        QAbstractEventDispatcher::instance(thread),
        [&name] { name = QAbstractEventDispatcher::instance()->metaObject()->className(); },
        Qt::BlockingQueuedConnection);
    return name;
}

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

    void everyThreadButTheGlibOneRunsOnQtsDispatcher()
    {
        QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherGlib"));
        useQtEventDispatcher();
        // The main thread's dispatcher is made with the application: QT_NO_GLIB decides it.
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
        QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherUNIX"));
        {
            GlibThread glib;
            QCOMPARE(dispatcherOf(glib.thread()), QByteArray("QEventDispatcherGlib"));
            QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
            QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherUNIX"));
        }
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"));
    }

    void theDesktopKeepsGlibOnItsMainThreadOnly()
    {
        useQtEventDispatcherOffMainThread();
        QCOMPARE(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("1"));
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));
        QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherUNIX"));
        QCOMPARE(mainThreadDispatcher(), QByteArray("QEventDispatcherGlib"));
    }

    void aChoiceTheUserMadeStands()
    {
        qputenv("QT_NO_THREADED_GLIB", QByteArray());
        useQtEventDispatcher();
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));
        QCOMPARE(dispatcherOfANewThread(), QByteArray("QEventDispatcherGlib"));

        qunsetenv("QT_NO_THREADED_GLIB");
        qputenv("QT_NO_GLIB", QByteArrayLiteral("0"));
        useQtEventDispatcher();
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("0"));
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"));
        useQtEventDispatcherOffMainThread();
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"));
        GlibThread glib;
        QCOMPARE(dispatcherOf(glib.thread()), QByteArray("QEventDispatcherUNIX"));
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TestEventDispatch)
#include "tst_eventdispatch.moc"
