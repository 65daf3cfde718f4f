#include "persontime.h"

#include <QDateTime>
#include <QLocale>

namespace vigil {

QString personTime(qint64 msSinceEpoch)
{
    const QLocale locale;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    // The long format has the seconds, and the zone's name ('t'), which the reader, being
    // in the zone, does not need: it goes, outside quoted text.
    QString timeFormat;
    bool quoted = false;
    for (const QChar c : locale.timeFormat(QLocale::LongFormat)) {
        quoted ^= c == QLatin1Char('\'');
        if (quoted || c != QLatin1Char('t'))
            timeFormat += c;
    }
    QString time = locale.toString(at.time(), timeFormat.trimmed());
    if (at.date() == QDate::currentDate())
        return time;
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

} // namespace vigil
