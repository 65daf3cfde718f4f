#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace vigil {

class EngineHost;
class SecretStore;

// The Settings page's side: the providers and retry figures of the settings file (the one
// `vigil` reads too), API keys into the keychain, and the desktop's own choices —
// notifications per kind, keep-awake, start with the session, start minimised. A save is
// checked as the engine will read it; a refused save says where and why and leaves the
// file as it was.
class SettingsEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard provides the settings")
    Q_PROPERTY(QVariantList providers READ providers NOTIFY changed)
    Q_PROPERTY(QVariantMap retry READ retry NOTIFY changed)
    Q_PROPERTY(QVariantMap spending READ spending NOTIFY changed)
    Q_PROPERTY(QString shippedPricesDate READ shippedPricesDate CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString path READ path NOTIFY changed)
    Q_PROPERTY(bool notifyPaused READ notifyPaused WRITE setNotifyPaused NOTIFY prefsChanged)
    Q_PROPERTY(bool notifyFailed READ notifyFailed WRITE setNotifyFailed NOTIFY prefsChanged)
    Q_PROPERTY(bool notifyFinished READ notifyFinished WRITE setNotifyFinished NOTIFY prefsChanged)
    Q_PROPERTY(bool keepAwake READ keepAwake WRITE setKeepAwake NOTIFY prefsChanged)
    Q_PROPERTY(bool startMinimized READ startMinimized WRITE setStartMinimized NOTIFY prefsChanged)
    Q_PROPERTY(
        bool startWithSession READ startWithSession WRITE setStartWithSession NOTIFY prefsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString storeLocation READ storeLocation WRITE setStoreLocation NOTIFY storeChanged)
    Q_PROPERTY(QString defaultStore READ defaultStore CONSTANT)
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged)
public:
    explicit SettingsEditor(const EngineHost &host, QObject *parent = nullptr);

    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    QString path() const;

    // One map per provider: name, baseUrl, protocol, models (comma separated), keyName
    // (a keychain entry), keyEnv (an environment variable) and prices (see spending()).
    QVariantList providers() const { return m_providers; }
    // maxAttempts, maxElapsedMinutes, ttfbSeconds, idleSeconds.
    QVariantMap retry() const { return m_retry; }
    // dailyCapUsd (0: none) and prices: one map per model, {model, input, cached, output}
    // in US dollars per million tokens, for every provider.
    QVariantMap spending() const { return m_spending; }
    // When the prices Vigil ships were read off the providers' pages (YYYY-MM-DD).
    static QString shippedPricesDate();
    QString error() const { return m_error; }

    Q_INVOKABLE bool reload();
    // Writes the providers and figures, keeping what the page does not show (a provider's
    // own retry figures, other global figures, a price's tiers and long-prompt prices);
    // without `spending`, or a provider without prices, the file's stay as they are.
    // False, with error(), when refused.
    Q_INVOKABLE bool save(const QVariantList &providers, const QVariantMap &retry,
                          const QVariantMap &spending = {});
    // Stores `key` in the keychain under `keyName`; keyStored() answers.
    Q_INVOKABLE void storeKey(const QString &keyName, const QString &key);

    bool notifyPaused() const { return pref(QStringLiteral("notifications/paused")); }
    void setNotifyPaused(bool on) { setPref(QStringLiteral("notifications/paused"), on); }
    bool notifyFailed() const { return pref(QStringLiteral("notifications/failed")); }
    void setNotifyFailed(bool on) { setPref(QStringLiteral("notifications/failed"), on); }
    bool notifyFinished() const { return pref(QStringLiteral("notifications/finished")); }
    void setNotifyFinished(bool on) { setPref(QStringLiteral("notifications/finished"), on); }
    bool keepAwake() const { return pref(QStringLiteral("power/keepAwake")); }
    void setKeepAwake(bool on) { setPref(QStringLiteral("power/keepAwake"), on); }
    bool startMinimized() const { return pref(QStringLiteral("window/startMinimized"), false); }
    void setStartMinimized(bool on);
    bool startWithSession() const;
    void setStartWithSession(bool on);
    // The language the window speaks: a code of languages(), empty for the system's.
    static QString savedLanguage();
    QString language() const { return savedLanguage(); }
    void setLanguage(const QString &language);
    QVariantList languages() const;
    // The XDG autostart entry that starts Vigil with the session.
    static QString autostartPath();
    // The checkpoint store the desktop opens at its next start when --db names none: a
    // file or a postgresql:// URL; empty for the default file (defaultStore()).
    static QString savedStoreLocation();
    QString storeLocation() const { return savedStoreLocation(); }
    // Keeps `location` (trimmed; empty: the default), or refuses it with error().
    void setStoreLocation(const QString &location);
    static QString defaultStore();

signals:
    void changed();
    void errorChanged();
    void prefsChanged();
    void languageChanged();
    void storeChanged();
    void keyStored(const QString &keyName, const QString &error);

private:
    bool pref(const QString &key, bool fallback = true) const;
    void setPref(const QString &key, bool on);
    void setError(const QString &error);
    bool writeAutostart() const;

    const EngineHost &m_host;
    SecretStore *m_secrets = nullptr;
    QVariantList m_providers;
    QVariantMap m_retry;
    QVariantMap m_spending;
    QString m_error;
};

} // namespace vigil
