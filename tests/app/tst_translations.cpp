// The translations: every entry of every language finished, with the plural forms its
// language has and the placeholders of its source; the .ts files exactly what lupdate makes
// of today's sources (a string changed without an update fails here); and the compiled
// catalogues choosing the plural form by the number; and a language chosen while Vigil runs
// replacing the one before.
#include "records.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // of the translation: unfinished, vanished, obsolete or empty
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{
                context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
            messages.append(message);
        } else if (name == u"numerusform") {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%9 and %n, as a sorted list.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9n]"));
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.append(match.captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

const QString tsFolder = QStringLiteral(VIGIL_SOURCE_DIR "/translations");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << QStringLiteral("de") << 2;
        QTest::newRow("French") << QStringLiteral("fr") << 2;
        QTest::newRow("Spanish") << QStringLiteral("es") << 2;
        QTest::newRow("Japanese") << QStringLiteral("ja") << 1;
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << 1;
    }

    void everyEntryIsFinished()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages =
            readTs(tsFolder + QStringLiteral("/vigil_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 200);
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + u'/' + message.source;
            if (!message.type.isEmpty())
                problems.append(where + QStringLiteral(": ") + message.type);
            if (message.forms.size() != (message.numerus ? pluralForms : 1))
                problems.append(where + QStringLiteral(": %1 forms").arg(message.forms.size()));
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems.append(where + QStringLiteral(": empty"));
                else if (placeholders(form) != placeholders(message.source))
                    problems.append(where + QStringLiteral(": placeholders of “%1”").arg(form));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theFilesAreWhatLupdateMakesOfTheSources()
    {
        QFile list(QStringLiteral(VIGIL_BUILD_DIR "/translations/lupdate-arguments.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList arguments =
            QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(arguments.size() > 20);

        QTemporaryDir dir;
        QStringList copies;
        for (const QString &ts : QDir(tsFolder).entryList({QStringLiteral("*.ts")})) {
            QVERIFY(QFile::copy(tsFolder + u'/' + ts, dir.filePath(ts)));
            copies.append(dir.filePath(ts));
        }
        QCOMPARE(copies.size(), 5);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(VIGIL_LUPDATE),
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                  QStringLiteral("none")} +
                          arguments + QStringList{QStringLiteral("-ts")} + copies);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        for (const QString &copy : copies) {
            QFile updated(copy);
            QFile committed(tsFolder + u'/' + QFileInfo(copy).fileName());
            QVERIFY(updated.open(QIODevice::ReadOnly) && committed.open(QIODevice::ReadOnly));
            QVERIFY2(updated.readAll() == committed.readAll(),
                     qPrintable(QStringLiteral("%1 is not what lupdate makes of the sources: run "
                                               "cmake --build build --target update_translations "
                                               "and translate what it adds")
                                    .arg(committed.fileName())));
        }
    }

    void thePluralFormFollowsTheNumber()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(VIGIL_QM_DIR "/vigil_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto paused = [](int n) {
            return QCoreApplication::translate("vigil::NotificationCenter", "%n task(s) paused",
                                               nullptr, n);
        };
        QCOMPARE(paused(1), QStringLiteral("1 Aufgabe pausiert"));
        QCOMPARE(paused(3), QStringLiteral("3 Aufgaben pausiert"));
        QCOMPARE(QCoreApplication::translate("Countdown", "in %n s", nullptr, 42),
                 QStringLiteral("in 42 s"));
        QCoreApplication::removeTranslator(&german);

        QTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral(VIGIL_QM_DIR "/vigil_ja.qm")));
        QCoreApplication::installTranslator(&japanese);
        QCOMPARE(paused(1), QStringLiteral("1 件のタスクが一時停止"));
        QCOMPARE(paused(3), QStringLiteral("3 件のタスクが一時停止"));
        QCoreApplication::removeTranslator(&japanese);
        QCOMPARE(paused(3), QStringLiteral("3 task(s) paused")); // the source, untranslated
    }

    // What Settings → Language and the command line's start do: the catalogues built into
    // the program replace each other at once, Qt's own strings with them.
    void aChosenLanguageAppliesAtOnce()
    {
        vigil::Translations translations;
        const auto paused = [] { return vigil::taskStateLabel(vigil::TaskState::Paused); };
        const auto unknownOption = [] {
            return QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.");
        };
        QVERIFY(translations.use(QStringLiteral("de")));
        QCOMPARE(paused(), QStringLiteral("pausiert"));
        QCOMPARE(unknownOption(), QStringLiteral("Unbekannte Option '%1'."));
        QCOMPARE(translations.locale().language(), QLocale::German);

        QVERIFY(translations.use(QStringLiteral("ja")));
        QCOMPARE(paused(), QStringLiteral("一時停止"));
        QVERIFY(unknownOption() != QStringLiteral("Unbekannte Option '%1'."));

        QVERIFY(!translations.use(QStringLiteral("it"))); // a language Vigil does not speak
        QCOMPARE(paused(), QStringLiteral("paused"));
        QVERIFY(translations.use(QString())); // the system's: the tests run in C.UTF-8
        QCOMPARE(paused(), QStringLiteral("paused"));
        QCOMPARE(unknownOption(), QStringLiteral("Unknown option '%1'."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
