// The Settings page's side: providers and retry figures round-trip through the settings
// file the engine reads; a save the engine would refuse says where and why and leaves the
// file untouched; what the page does not show is kept; start-with-session writes and
// removes the XDG autostart entry.
#include "enginehost.h"
#include "settingseditor.h"
#include "store.h"

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

    void pricesAndTheDailyCapAreEditedKeepingWhatThePageDoesNotShow()
    {
        EngineHost host(nullptr);
        SettingsEditor editor(host);
        QVERIFY(editor.reload());
        QVERIFY(!SettingsEditor::shippedPricesDate().isEmpty());
        QCOMPARE(editor.spending().value(QStringLiteral("dailyCapUsd")).toDouble(), 0.0);
        const auto price = [](const QString &model, double input, double cached, double output) {
            return QVariantMap{{QStringLiteral("model"), model},
                               {QStringLiteral("input"), input},
                               {QStringLiteral("cached"), cached},
                               {QStringLiteral("output"), output}};
        };
        QVariantList providers = editor.providers();
        QVariantMap local = providers.first().toMap();
        local.insert(QStringLiteral("prices"),
                     QVariantList{price(QStringLiteral("llama"), 0.2, 0.1, 0.6)});
        providers[0] = local;
        QVERIFY2(editor.save(providers, editor.retry(),
                             {{QStringLiteral("dailyCapUsd"), 25.0},
                              {QStringLiteral("prices"),
                               QVariantList{price(QStringLiteral("gpt-4o"), 2.5, 1.25, 10)}}}),
                 qPrintable(editor.error()));
        QCOMPARE(editor.spending().value(QStringLiteral("dailyCapUsd")).toDouble(), 25.0);
        const QVariantList general = editor.spending().value(QStringLiteral("prices")).toList();
        QCOMPARE(general.size(), 1);
        QCOMPARE(general.first().toMap().value(QStringLiteral("output")).toDouble(), 10.0);
        const QVariantList atLocal =
            editor.providers().first().toMap().value(QStringLiteral("prices")).toList();
        QCOMPARE(atLocal.size(), 1);
        QCOMPARE(atLocal.first().toMap().value(QStringLiteral("model")).toString(),
                 QStringLiteral("llama"));

        // A price's tiers, which the page does not show, stay when its figures change.
        QJsonObject root = QJsonDocument::fromJson(read(m_path)).object();
        QJsonObject prices = root.value(QLatin1String("prices")).toObject();
        QJsonObject gpt = prices.value(QLatin1String("gpt-4o")).toObject();
        gpt.insert(QStringLiteral("tiers"), QJsonObject{{QStringLiteral("flex"), 0.5}});
        prices.insert(QStringLiteral("gpt-4o"), gpt);
        root.insert(QStringLiteral("prices"), prices);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY(editor.reload());
        QVERIFY(editor.save(editor.providers(), editor.retry(),
                            {{QStringLiteral("dailyCapUsd"), 0},
                             {QStringLiteral("prices"),
                              QVariantList{price(QStringLiteral("gpt-4o"), 3, 1.5, 12)}}}));
        root = QJsonDocument::fromJson(read(m_path)).object();
        gpt = root.value(QLatin1String("prices"))
                  .toObject()
                  .value(QLatin1String("gpt-4o"))
                  .toObject();
        QCOMPARE(gpt.value(QLatin1String("output")).toDouble(), 12.0);
        QCOMPARE(
            gpt.value(QLatin1String("tiers")).toObject().value(QLatin1String("flex")).toDouble(),
            0.5);
        QVERIFY(!root.contains(QLatin1String("daily_cap_usd"))); // 0: no cap
        // A save without prices leaves the provider's as they were.
        QVERIFY(editor.save(editor.providers(), editor.retry()));
        QCOMPARE(editor.providers().first().toMap().value(QStringLiteral("prices")).toList().size(),
                 1);

        // What is not an amount is refused, saying which, and the file is left as it was.
        const QByteArray before = read(m_path);
        QVERIFY(!editor.save(editor.providers(), editor.retry(),
                             {{QStringLiteral("prices"),
                               QVariantList{price(QStringLiteral("gpt-4o"), qQNaN(), 0, 1)}}}));
        QVERIFY2(editor.error().contains(QLatin1String("input price of gpt-4o")),
                 qPrintable(editor.error()));
        QVERIFY(
            !editor.save(editor.providers(), editor.retry(),
                         {{QStringLiteral("prices"), QVariantList{price(QString(), 1, 1, 1)}}}));
        QVERIFY(!editor.save(
            editor.providers(), editor.retry(),
            {{QStringLiteral("dailyCapUsd"), -5}, {QStringLiteral("prices"), QVariantList()}}));
        QVERIFY2(editor.error().contains(QLatin1String("daily spend cap")),
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

    void theStoreIsKeptForTheNextStartAndABadURLRefused()
    {
        EngineHost host(nullptr);
        SettingsEditor editor(host);
        QSignalSpy changed(&editor, &SettingsEditor::storeChanged);
        QCOMPARE(editor.storeLocation(), QString()); // the default file until chosen
        QCOMPARE(editor.defaultStore(), CheckpointStore::defaultPath());

        editor.setStoreLocation(QStringLiteral("  postgresql://vigil@db.example:5432/vigil "));
        QCOMPARE(SettingsEditor::savedStoreLocation(),
                 QStringLiteral("postgresql://vigil@db.example:5432/vigil"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(editor.error().isEmpty());

        editor.setStoreLocation(QStringLiteral("postgresql://"));
        QVERIFY2(editor.error().contains(QLatin1String("is not a PostgreSQL URL")),
                 qPrintable(editor.error()));
        QCOMPARE(SettingsEditor::savedStoreLocation(),
                 QStringLiteral("postgresql://vigil@db.example:5432/vigil")); // kept
        QCOMPARE(changed.size(), 2);

        const QString file = QDir::temp().filePath(QStringLiteral("elsewhere.db"));
        editor.setStoreLocation(file);
        QCOMPARE(editor.storeLocation(), file);
        QVERIFY(editor.error().isEmpty());
        editor.setStoreLocation(QString());
        QCOMPARE(editor.storeLocation(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("store/location")));
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
