#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <QVariantList>

namespace vigil {

// The language Vigil speaks: the system's, or the one chosen in Settings. Vigil's own
// strings come from the .qm files built into the binary (:/i18n), Qt's own (standard
// buttons and dialogs) from Qt's translations.
class Translations
{
public:
    Translations() = default;
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // `language` is a code of languages(), or empty for the system's. Returns whether
    // Vigil has a translation for it (English needs none).
    bool use(const QString &language);
    QLocale locale() const { return m_locale; }

    // The languages Vigil speaks, each {code, name} with the name in its own language;
    // the first, with an empty code, follows the system.
    static QVariantList languages();

private:
    QTranslator m_vigil;
    QTranslator m_qt;
    QLocale m_locale;
};

} // namespace vigil
