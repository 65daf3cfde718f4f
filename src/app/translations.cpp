#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QVariantMap>

namespace vigil {

bool Translations::use(const QString &language)
{
    QCoreApplication::removeTranslator(&m_vigil);
    QCoreApplication::removeTranslator(&m_qt);
    m_locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(m_locale);
    if (m_locale.language() == QLocale::English || m_locale.language() == QLocale::C)
        return true;
    const bool found = m_vigil.load(m_locale, QStringLiteral("vigil"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(&m_vigil);
    if (m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return found;
}

QVariantList Translations::languages()
{
    const auto entry = [](const char *code, const QString &name) {
        return QVariantMap{{QStringLiteral("code"), QString::fromLatin1(code)},
                           {QStringLiteral("name"), name}};
    };
    return {entry("", QCoreApplication::translate("Translations", "As the system")),
            entry("en", QStringLiteral("English")),
            entry("de", QStringLiteral("Deutsch")),
            entry("fr", QStringLiteral("Français")),
            entry("es", QStringLiteral("Español")),
            entry("ja", QStringLiteral("日本語")),
            entry("zh_CN", QStringLiteral("简体中文"))};
}

} // namespace vigil
