#pragma once

namespace vigil {

// Gives every thread but the main one Qt's own event dispatcher instead of GLib's. GLib's
// is woken with a system call for every event posted to its thread; Qt's once for all the
// events posted before the thread runs again. Qt's HTTP threads post an event to the
// engine for every streamed token and receive one for every read: on a busy batch, their
// running on Qt's dispatcher saves about an eighth of the CPU per item (bench_batch).
//
// The headless runner calls it before its QCoreApplication is made. The main thread keeps
// GLib: the engine runs there, and so does the keychain, whose Secret Service client
// (libsecret) answers through GLib's main loop. A QT_NO_GLIB or QT_NO_THREADED_GLIB the
// user set is left as it is.
void useQtEventDispatcherOffMainThread();

} // namespace vigil
