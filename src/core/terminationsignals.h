#pragma once

namespace vigil {

// SIGINT and SIGTERM end the application's event loop (through a socket pair, as a signal
// handler may do nothing more), so that the store commits what it holds before the
// process ends. Call once the application object exists.
bool quitOnTerminationSignals();

} // namespace vigil
