#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "vigil.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "vigil.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "vigil.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "vigil.ui", QtInfoMsg)
