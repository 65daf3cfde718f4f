// Qt Quick Test of the Vigil QML components (tests/qml/tst_*.qml), loaded from the module
// the app itself links. `night` gives the tests activity read from a real store.
#include "activitymodel.h"
#include "store.h"

#include <QApplication>
#include <QDateTime>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(VigilPlugin)

using namespace vigil;

// A night in a real SQLite store: "Digest" sends 20 steps over two hours, through a 30-minute
// capacity window (six refusals that each wait until its end) and a 5-minute rate limit;
// each completion costs $0.01 and bills 150 tokens. "Translations" completes 4 steps in the
// second hour at $0.05 each.
class NightFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(double start READ start CONSTANT)
public:
    static constexpr qint64 kMinute = 60'000;

    explicit NightFixture(QObject *parent = nullptr) : QObject(parent)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_start = now - now % (60 * kMinute) - 3 * 60 * kMinute;
        if (!m_dir.isValid() || !m_store.open(m_dir.filePath(QStringLiteral("night.db"))))
            qFatal("the night's store cannot be opened");
        m_digest = task(QStringLiteral("Digest"), 20);
        m_translations = task(QStringLiteral("Translations"), 4);
        m_idle = task(QStringLiteral("Idle"), 1);
        for (int i = 0; i < 6; ++i)
            attempt(m_digest, 5, 30 * kMinute + i * kMinute, FailureClass::Capacity,
                    (30 - i) * kMinute, 0.0);
        attempt(m_digest, 10, 70 * kMinute, FailureClass::RateLimited, 5 * kMinute, 0.0);
        for (int i = 0; i < 20; ++i)
            attempt(m_digest, i, i < 5 ? i * 5 * kMinute : 60 * kMinute + i * 3 * kMinute,
                    FailureClass::Ok, std::nullopt, 0.01);
        for (int i = 0; i < 4; ++i)
            attempt(m_translations, i, 65 * kMinute + i * 10 * kMinute, FailureClass::Ok,
                    std::nullopt, 0.05);
        if (!m_store.commitNow())
            qFatal("the night was not written");
    }

    double start() const { return static_cast<double>(m_start); }

    // Digest's activity as its task page shows it: from its first attempt to its last.
    Q_INVOKABLE vigil::ActivityModel *digest()
    {
        return model(m_store.activity(m_digest, 0, m_start + 120 * kMinute));
    }
    // Every task's since `minutes` after the night began, as "while you were away" shows it.
    Q_INVOKABLE vigil::ActivityModel *since(int minutes)
    {
        return model(
            m_store.activity(std::nullopt, m_start + minutes * kMinute, m_start + 120 * kMinute));
    }
    // Nothing sent: the task that has not started.
    Q_INVOKABLE vigil::ActivityModel *nothing()
    {
        return model(m_store.activity(m_idle, 0, m_start + 120 * kMinute));
    }

private:
    qint64 task(const QString &name, int steps)
    {
        TaskSpec spec;
        spec.name = name;
        spec.provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
        spec.model = QStringLiteral("m1");
        for (int i = 0; i < steps; ++i)
            spec.turns.append(QStringLiteral("turn %1").arg(i));
        return m_store.createTask(spec).value_or(0);
    }

    void attempt(qint64 taskId, int stepIndex, qint64 at, FailureClass failureClass,
                 std::optional<qint64> delayMs, double cost)
    {
        auto loaded = m_store.loadTask(taskId);
        StepRecord &step = loaded->steps[stepIndex];
        const auto id = m_store.beginAttempt(taskId, step, QStringLiteral("m1"),
                                             QStringLiteral("r"), m_start + at);
        AttemptEnd end;
        end.endedAt = m_start + at + 1000;
        end.failureClass = failureClass;
        end.retry = failureClass != FailureClass::Ok;
        end.delayMs = delayMs;
        end.costUsd = cost;
        end.usage.input = failureClass == FailureClass::Ok ? 100 : 0;
        end.usage.output = failureClass == FailureClass::Ok ? 50 : 0;
        end.usage.reported = true;
        const bool ok =
            id && (failureClass == FailureClass::Ok
                       ? m_store.completeStep(*id, step, end, {QStringLiteral("a"), {}, {}})
                       : m_store.finishAttempt(*id, step, end));
        if (!ok)
            qFatal("an attempt of the night was not written: %s", qPrintable(m_store.lastError()));
    }

    ActivityModel *model(const std::optional<Activity> &activity)
    {
        if (!activity)
            qFatal("the night cannot be read: %s", qPrintable(m_store.lastError()));
        auto *model = new ActivityModel(this);
        model->apply(*activity);
        return model;
    }

    QTemporaryDir m_dir;
    CheckpointStore m_store;
    qint64 m_start = 0;
    qint64 m_digest = 0;
    qint64 m_translations = 0;
    qint64 m_idle = 0;
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("night"),
                                                  new NightFixture(engine));
    }
};

// Qt Charts draws through Qt Widgets' graphics view: the test needs a QApplication, made
// before Qt Quick Test would make a QGuiApplication of its own.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "vigil_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
