#include "eventdispatch.h"

#include <QByteArray>
#include <QtGlobal>

namespace vigil {

void useQtEventDispatcherOffMainThread()
{
    if (qEnvironmentVariableIsSet("QT_NO_GLIB") || qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        return;
    qputenv("QT_NO_THREADED_GLIB", QByteArrayLiteral("1"));
}

} // namespace vigil
