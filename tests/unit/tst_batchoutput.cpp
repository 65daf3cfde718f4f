// A batch's output file on its own: what it accepts on opening, what it repairs, what it
// refuses, and the shape of its lines.
#include "batchoutput.h"
#include "records.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

StepRecord doneItem(const QString &id)
{
    StepRecord step;
    step.state = StepState::Done;
    step.itemId = id;
    step.output = QStringLiteral("text of ") + id;
    step.model = QStringLiteral("m");
    step.usage = {{QStringLiteral("completion_tokens"), 3}};
    return step;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

const QSet<QString> kIds{QStringLiteral("\"a\""), QStringLiteral("\"b\""), QStringLiteral("7")};

} // namespace

class TestBatchOutput : public QObject
{
    Q_OBJECT

private slots:
    void linesCarryIdTextModelAndUsageOrTheError()
    {
        const QJsonObject done = BatchOutput::resultLine(doneItem(QStringLiteral("7")));
        QCOMPARE(done.value(QLatin1String("id")), QJsonValue(7));
        QCOMPARE(done.value(QLatin1String("text")), QJsonValue(QStringLiteral("text of 7")));
        QCOMPARE(done.value(QLatin1String("model")), QJsonValue(QStringLiteral("m")));
        QCOMPARE(
            done.value(QLatin1String("usage")).toObject().value(QLatin1String("completion_tokens")),
            QJsonValue(3));

        StepRecord failed;
        failed.state = StepState::Failed;
        failed.itemId = QStringLiteral("\"a\"");
        failed.errorClass = QStringLiteral("request");
        failed.lastMessage = QStringLiteral("prompt is too long");
        const QJsonObject line = BatchOutput::resultLine(failed);
        QCOMPARE(line.value(QLatin1String("id")), QJsonValue(QStringLiteral("a")));
        QVERIFY(!line.contains(QLatin1String("text")));
        QCOMPARE(line.value(QLatin1String("error")).toObject().value(QLatin1String("message")),
                 QJsonValue(QStringLiteral("prompt is too long")));
    }

    void appendsOncePerItemAndMakesItsFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep/er/out.jsonl"));
        BatchOutput output(path);
        QString error;
        QVERIFY2(output.open(kIds, &error), qPrintable(error));
        QVERIFY(output.append(doneItem(QStringLiteral("\"a\"")), &error));
        QVERIFY(output.append(doneItem(QStringLiteral("\"a\"")), &error));
        QVERIFY(output.append(doneItem(QStringLiteral("7")), &error));
        QVERIFY(output.sync(&error));
        QCOMPARE(readAll(path).count('\n'), 2);
        QVERIFY(output.contains(QStringLiteral("7")));
        QVERIFY(!output.contains(QStringLiteral("\"b\"")));
    }

    void reopeningKnowsWhatIsThereAndCutsATornLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        writeAll(path,
                 "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":7,\"text\":\"y\"}\n{\"id\":\"b\",\"te");
        BatchOutput output(path);
        QString error;
        QVERIFY2(output.open(kIds, &error), qPrintable(error));
        QVERIFY(output.contains(QStringLiteral("\"a\"")));
        QVERIFY(output.contains(QStringLiteral("7")));
        QVERIFY(!output.contains(QStringLiteral("\"b\"")));
        QVERIFY(output.append(doneItem(QStringLiteral("\"b\"")), &error));
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 5); // three results, the blank line, the final newline
        QCOMPARE(QJsonDocument::fromJson(lines.at(3)).object().value(QLatin1String("id")),
                 QJsonValue(QStringLiteral("b")));
    }

    void refusesWhatIsNotThisBatchsAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("foreign id") << QByteArray("{\"id\":\"a\"}\n{\"id\":\"zzz\"}\n")
                                    << "line 2: not a result of this batch";
        QTest::newRow("not json") << QByteArray("hello\n") << "line 1: not a result";
        QTest::newRow("twice") << QByteArray("{\"id\":7}\n{\"id\":7}\n")
                               << "line 2: a second result for the item 7";
    }

    void refusesWhatIsNotThisBatchsAndChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        writeAll(path, content + "{\"torn");
        BatchOutput output(path);
        QString error;
        QVERIFY(!output.open(kIds, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("move the file away")), qPrintable(error));
        QCOMPARE(readAll(path), content + "{\"torn");
    }
};

QTEST_GUILESS_MAIN(TestBatchOutput)
#include "tst_batchoutput.moc"
