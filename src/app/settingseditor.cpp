#include "settingseditor.h"

#include "enginehost.h"
#include "pricing.h"
#include "secretstore.h"
#include "store.h"
#include "taskspec.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>
#include <cmath>

namespace vigil {

namespace {

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const std::array<QLatin1String, 3> kPriceFields{QLatin1String("input"), QLatin1String("cached"),
                                                QLatin1String("output")};

// A price table as the page edits it: one row per model, sorted.
QVariantList priceRows(const QHash<QString, ModelPrice> &prices)
{
    QStringList models = prices.keys();
    models.sort();
    QVariantList rows;
    for (const QString &model : models) {
        const ModelPrice &price = prices.value(model);
        rows.append(QVariantMap{{QStringLiteral("model"), model},
                                {QStringLiteral("input"), price.input},
                                {QStringLiteral("cached"), price.cached},
                                {QStringLiteral("output"), price.output}});
    }
    return rows;
}

// The rows as the settings file writes them, each over what `before` had for its model (its
// cache-write, tier and long-prompt prices stay). Empty, with `error`, for a price that is
// not an amount or has no model.
std::optional<QJsonObject> pricesOf(const QVariantList &rows, const QJsonObject &before,
                                    const QString &place, QString *error)
{
    QJsonObject prices;
    for (const QVariant &value : rows) {
        const QVariantMap row = value.toMap();
        const QString model = row.value(QStringLiteral("model")).toString().trimmed();
        if (model.isEmpty()) {
            *error = SettingsEditor::tr("%1: a price needs the model it is for").arg(place);
            return std::nullopt;
        }
        QJsonObject price = before.value(model).toObject();
        for (const QLatin1String field : kPriceFields) {
            bool ok = false;
            const double amount = row.value(field).toDouble(&ok);
            if (!ok || !std::isfinite(amount) || amount < 0) {
                *error = SettingsEditor::tr("%1: the %2 price of %3 must be US dollars per "
                                            "million tokens, 0 or more")
                             .arg(place, field, model);
                return std::nullopt;
            }
            price.insert(field, amount);
        }
        prices.insert(model, price);
    }
    return prices;
}

} // namespace

SettingsEditor::SettingsEditor(const EngineHost &host, QObject *parent)
    : QObject(parent), m_host(host)
{
}

QString SettingsEditor::path() const
{
    return m_host.settingsPath().isEmpty() ? Settings::defaultPath() : m_host.settingsPath();
}

bool SettingsEditor::reload()
{
    TaskFileError error;
    const auto settings = loadSettings(path(), error);
    if (!settings) {
        setError(error.toString());
        return false;
    }
    m_providers.clear();
    for (const NamedProvider &named : settings->providers) {
        m_providers.append(
            QVariantMap{{QStringLiteral("name"), named.name},
                        {QStringLiteral("baseUrl"), named.provider.baseUrl.toString()},
                        {QStringLiteral("protocol"), protocolName(named.provider.protocol)},
                        {QStringLiteral("models"), named.models.join(QStringLiteral(", "))},
                        {QStringLiteral("keyName"), named.provider.apiKeyKeychain},
                        {QStringLiteral("keyEnv"), named.provider.apiKeyEnv},
                        {QStringLiteral("prices"), priceRows(named.prices)}});
    }
    m_spending = {{QStringLiteral("dailyCapUsd"), settings->dailyCapUsd.value_or(0)},
                  {QStringLiteral("prices"), priceRows(settings->prices)}};
    RetryPolicy policy;
    policy.applyJson(settings->retry);
    m_retry = {{QStringLiteral("maxAttempts"), policy.maxAttempts},
               {QStringLiteral("maxElapsedMinutes"), policy.maxElapsedMs / 60'000},
               {QStringLiteral("ttfbSeconds"), policy.ttfbTimeoutMs / 1000},
               {QStringLiteral("idleSeconds"), policy.idleTimeoutMs / 1000}};
    setError({});
    emit changed();
    return true;
}

QString SettingsEditor::shippedPricesDate()
{
    return PriceTable::shipped().shippedDate();
}

bool SettingsEditor::save(const QVariantList &providers, const QVariantMap &retry,
                          const QVariantMap &spending)
{
    QJsonObject root = readObject(path());
    QString problem;
    if (!spending.isEmpty()) {
        bool ok = false;
        const double cap = spending.value(QStringLiteral("dailyCapUsd"), 0).toDouble(&ok);
        if (!ok || !std::isfinite(cap) || cap < 0) {
            setError(tr("the daily spend cap must be US dollars, more than 0 (empty: none)"));
            return false;
        }
        if (cap > 0)
            root.insert(QStringLiteral("daily_cap_usd"), cap);
        else
            root.remove(QStringLiteral("daily_cap_usd"));
        const auto prices =
            pricesOf(spending.value(QStringLiteral("prices")).toList(),
                     root.value(QLatin1String("prices")).toObject(), tr("prices"), &problem);
        if (!prices) {
            setError(problem);
            return false;
        }
        if (prices->isEmpty())
            root.remove(QStringLiteral("prices"));
        else
            root.insert(QStringLiteral("prices"), *prices);
    }
    QJsonObject globalRetry = root.value(QLatin1String("retry")).toObject();
    const auto setFigure = [&globalRetry, &retry](const char *field, const char *key,
                                                  qint64 scale) {
        const QVariant value = retry.value(QLatin1String(field));
        if (value.isValid())
            globalRetry.insert(QLatin1String(key), value.toLongLong() * scale);
    };
    setFigure("maxAttempts", "max_attempts", 1);
    setFigure("maxElapsedMinutes", "max_elapsed_ms", 60'000);
    setFigure("ttfbSeconds", "ttfb_timeout_ms", 1000);
    setFigure("idleSeconds", "idle_timeout_ms", 1000);
    root.insert(QStringLiteral("retry"), globalRetry);

    QHash<QString, QJsonObject> before;
    for (const auto &value : root.value(QLatin1String("providers")).toArray())
        before.insert(value.toObject().value(QLatin1String("name")).toString(), value.toObject());
    QJsonArray list;
    for (const QVariant &entry : providers) {
        const QVariantMap map = entry.toMap();
        const QString name = map.value(QStringLiteral("name")).toString().trimmed();
        QJsonObject provider{
            {QStringLiteral("name"), name},
            {QStringLiteral("base_url"), map.value(QStringLiteral("baseUrl")).toString().trimmed()},
            {QStringLiteral("protocol"), map.value(QStringLiteral("protocol")).toString()}};
        QJsonArray models;
        for (const QString &model :
             map.value(QStringLiteral("models")).toString().split(u',', Qt::SkipEmptyParts)) {
            if (!model.trimmed().isEmpty())
                models.append(model.trimmed());
        }
        if (!models.isEmpty())
            provider.insert(QStringLiteral("models"), models);
        const QString keyName = map.value(QStringLiteral("keyName")).toString().trimmed();
        const QString keyEnv = map.value(QStringLiteral("keyEnv")).toString().trimmed();
        if (!keyName.isEmpty())
            provider.insert(QStringLiteral("api_key_keychain"), keyName);
        if (!keyEnv.isEmpty())
            provider.insert(QStringLiteral("api_key_env"), keyEnv);
        // What the page does not edit stays as the file had it.
        const QJsonObject old = before.value(name);
        if (old.value(QLatin1String("retry")).isObject())
            provider.insert(QStringLiteral("retry"), old.value(QLatin1String("retry")));
        const QJsonObject oldPrices = old.value(QLatin1String("prices")).toObject();
        if (map.contains(QStringLiteral("prices"))) {
            const auto prices = pricesOf(map.value(QStringLiteral("prices")).toList(), oldPrices,
                                         tr("prices at %1").arg(name), &problem);
            if (!prices) {
                setError(problem);
                return false;
            }
            if (!prices->isEmpty())
                provider.insert(QStringLiteral("prices"), *prices);
        } else if (!oldPrices.isEmpty()) {
            provider.insert(QStringLiteral("prices"), oldPrices);
        }
        list.append(provider);
    }
    root.insert(QStringLiteral("providers"), list);
    const QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // Checked as the engine will read it, before the user's file is touched.
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QTemporaryFile candidate(path() + QStringLiteral(".XXXXXX"));
    if (!candidate.open() || candidate.write(text) != text.size() || !candidate.flush()) {
        setError(QStringLiteral("%1: %2").arg(path(), candidate.errorString()));
        return false;
    }
    TaskFileError error;
    if (!loadSettings(candidate.fileName(), error)) {
        error.file = path();
        setError(error.toString());
        return false;
    }
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        setError(QStringLiteral("%1: %2").arg(path(), file.errorString()));
        return false;
    }
    return reload();
}

void SettingsEditor::storeKey(const QString &keyName, const QString &key)
{
    if (!isKeychainEntryName(keyName)) {
        emit keyStored(keyName, tr("a key name is 1 to 100 letters, digits, '.', '_' or '-'"));
        return;
    }
    if (key.trimmed().isEmpty() || !m_secrets) {
        emit keyStored(keyName, m_secrets ? tr("the key is empty") : tr("no keychain"));
        return;
    }
    m_secrets->writeKey(
        keyName, key.trimmed(),
        [this, keyName](const QString &, const QString &error) { emit keyStored(keyName, error); });
}

bool SettingsEditor::pref(const QString &key, bool fallback) const
{
    return QSettings().value(key, fallback).toBool();
}

void SettingsEditor::setPref(const QString &key, bool on)
{
    if (pref(key, !on) == on && QSettings().contains(key))
        return;
    QSettings().setValue(key, on);
    emit prefsChanged();
}

QString SettingsEditor::savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void SettingsEditor::setLanguage(const QString &language)
{
    if (language == savedLanguage())
        return;
    QSettings().setValue(QStringLiteral("ui/language"), language);
    emit languageChanged();
}

QString SettingsEditor::savedStoreLocation()
{
    return QSettings().value(QStringLiteral("store/location")).toString();
}

QString SettingsEditor::defaultStore()
{
    return CheckpointStore::defaultPath();
}

void SettingsEditor::setStoreLocation(const QString &location)
{
    const QString chosen = location.trimmed();
    if (chosen == savedStoreLocation())
        return;
    if (StoreBackend::isServerLocation(chosen)) {
        const QUrl url(chosen);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            setError(tr("\"%1\" is not a PostgreSQL URL: write "
                        "postgresql://user@host:port/database")
                         .arg(chosen));
            emit storeChanged(); // the field shows what is kept again
            return;
        }
    }
    if (chosen.isEmpty())
        QSettings().remove(QStringLiteral("store/location"));
    else
        QSettings().setValue(QStringLiteral("store/location"), chosen);
    setError({});
    emit storeChanged();
}

QVariantList SettingsEditor::languages() const
{
    return Translations::languages();
}

void SettingsEditor::setStartMinimized(bool on)
{
    setPref(QStringLiteral("window/startMinimized"), on);
    if (startWithSession())
        writeAutostart();
}

QString SettingsEditor::autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/app.vigil.Vigil.desktop");
}

bool SettingsEditor::startWithSession() const
{
    return QFile::exists(autostartPath());
}

void SettingsEditor::setStartWithSession(bool on)
{
    if (on == startWithSession())
        return;
    if (on ? !writeAutostart() : !QFile::remove(autostartPath()))
        setError(tr("%1 could not be written").arg(autostartPath()));
    emit prefsChanged();
}

bool SettingsEditor::writeAutostart() const
{
    QDir().mkpath(QFileInfo(autostartPath()).absolutePath());
    QSaveFile file(autostartPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QString exec = QCoreApplication::applicationFilePath();
    if (startMinimized())
        exec += QStringLiteral(" --minimized");
    file.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Vigil\n"
                              "Comment=Keeps long-running model tasks alive overnight\n"
                              "Exec=%1\nIcon=app.vigil.Vigil\nTerminal=false\n"
                              "X-GNOME-Autostart-enabled=true\n")
                   .arg(exec)
                   .toUtf8());
    return file.commit();
}

void SettingsEditor::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace vigil
