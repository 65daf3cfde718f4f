// The Settings page's side: providers and retry figures round-trip through the settings
// file the engine reads; a save the engine would refuse says where and why and leaves the
// file untouched; what the page does not show is kept; start-with-session writes and
// removes the XDG autostart entry.
#include "enginehost.h"
#include "settingseditor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

class TestSettingsEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_path = m_dir.filePath(QStringLiteral("settings.json"));
        qputenv("VIGIL_SETTINGS", m_path.toLocal8Bit());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"retry\": {\"max_attempts\": 12, \"capacity_max_delay_ms\": 90000},"
            " \"providers\": [{\"name\": \"local\", \"base_url\": \"http://127.0.0.1:8080/v1\","
            " \"models\": [\"llama\"], \"retry\": {\"ttfb_timeout_ms\": 30000}}]}");
    }

    void providersAndFiguresRoundTrip()
    {
        EngineHost host(nullptr);
        SettingsEditor editor(host);
        QVERIFY(editor.reload());
        QCOMPARE(editor.providers().size(), 1);
        QVariantMap local = editor.providers().first().toMap();
        QCOMPARE(local.value(QStringLiteral("models")).toString(), QStringLiteral("llama"));
        QCOMPARE(editor.retry().value(QStringLiteral("maxAttempts")).toInt(), 12);

        local.insert(QStringLiteral("models"), QStringLiteral("llama, qwen"));
        const QVariantMap claude{
            {QStringLiteral("name"), QStringLiteral("claude")},
            {QStringLiteral("baseUrl"), QStringLiteral("https://api.anthropic.com/v1")},
            {QStringLiteral("protocol"), QStringLiteral("anthropic-messages")},
            {QStringLiteral("models"), QString()},
            {QStringLiteral("keyName"), QStringLiteral("claude")},
            {QStringLiteral("keyEnv"), QString()}};
        QVariantMap retry = editor.retry();
        retry.insert(QStringLiteral("maxAttempts"), 20);
        QVERIFY2(editor.save({local, claude}, retry), qPrintable(editor.error()));

        const QJsonObject root = QJsonDocument::fromJson(read(m_path)).object();
        QCOMPARE(root.value(QLatin1String("retry"))
                     .toObject()
                     .value(QLatin1String("max_attempts"))
                     .toInt(),
                 20);
        // What the page does not show stays: a global figure and a provider's own figures.
        QCOMPARE(root.value(QLatin1String("retry"))
                     .toObject()
                     .value(QLatin1String("capacity_max_delay_ms"))
                     .toInt(),
                 90000);
        const QJsonArray providers = root.value(QLatin1String("providers")).toArray();
        QCOMPARE(providers.size(), 2);
        QCOMPARE(providers.at(0)
                     .toObject()
                     .value(QLatin1String("retry"))
                     .toObject()
                     .value(QLatin1String("ttfb_timeout_ms"))
                     .toInt(),
                 30000);
        QCOMPARE(providers.at(0).toObject().value(QLatin1String("models")).toArray().size(), 2);
        QCOMPARE(providers.at(1).toObject().value(QLatin1String("api_key_keychain")).toString(),
                 QStringLiteral("claude"));
        QVERIFY(!read(m_path).contains("sk-"));
        QCOMPARE(editor.providers().size(), 2);
    }

    void aRefusedSaveSaysWhereAndLeavesTheFile()
    {
        EngineHost host(nullptr);
        SettingsEditor editor(host);
        QVERIFY(editor.reload());
        const QByteArray before = read(m_path);
        QVariantList providers = editor.providers();
        QVariantMap broken = providers.first().toMap();
        broken.insert(QStringLiteral("baseUrl"), QStringLiteral("ftp://nowhere"));
        providers[0] = broken;
        QVERIFY(!editor.save(providers, editor.retry()));
        QVERIFY2(editor.error().contains(QLatin1String("$.providers[0].base_url")),
                 qPrintable(editor.error()));
        QVERIFY2(editor.error().startsWith(m_path), qPrintable(editor.error()));
        QCOMPARE(read(m_path), before);

        QVariantMap twoKeys = providers.first().toMap();
        twoKeys.insert(QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:1/v1"));
        twoKeys.insert(QStringLiteral("keyName"), QStringLiteral("a"));
        twoKeys.insert(QStringLiteral("keyEnv"), QStringLiteral("B"));
        QVERIFY(!editor.save({twoKeys}, editor.retry()));
        QVERIFY2(editor.error().contains(QLatin1String("both name a key")),
                 qPrintable(editor.error()));
        QCOMPARE(read(m_path), before);
    }

    void startWithTheSessionWritesTheAutostartEntry()
    {
        EngineHost host(nullptr);
        SettingsEditor editor(host);
        QFile::remove(SettingsEditor::autostartPath());
        QVERIFY(!editor.startWithSession());
        editor.setStartMinimized(true);
        editor.setStartWithSession(true);
        QVERIFY(editor.startWithSession());
        const QByteArray entry = read(SettingsEditor::autostartPath());
        QVERIFY2(entry.contains("Exec=") && entry.contains("--minimized"), entry.constData());
        QVERIFY(entry.contains("Icon=app.vigil.Vigil"));
        editor.setStartWithSession(false);
        QVERIFY(!QFile::exists(SettingsEditor::autostartPath()));
        editor.setStartMinimized(false);
    }

    void theChosenLanguageIsKept()
    {
        EngineHost host(nullptr);
        SettingsEditor editor(host);
        QSignalSpy changed(&editor, &SettingsEditor::languageChanged);
        QCOMPARE(editor.language(), QString()); // the system's until chosen
        QStringList codes;
        for (const QVariant &language : editor.languages())
            codes.append(language.toMap().value(QStringLiteral("code")).toString());
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"),
                                     QStringLiteral("fr"), QStringLiteral("es"),
                                     QStringLiteral("ja"), QStringLiteral("zh_CN")}));
        editor.setLanguage(QStringLiteral("fr"));
        editor.setLanguage(QStringLiteral("fr"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(SettingsEditor(host).language(), QStringLiteral("fr")); // kept
        editor.setLanguage(QString());
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSettingsEditor)
#include "tst_settingseditor.moc"
