#pragma once

#include <QThread>

namespace vigil {

// GLib's event dispatcher wakes its thread with a system call for every event posted to it
// and for every socket notifier switched on or off, and polls through a second layer of its
// own; a streamed reply does both a few times a read. Qt's own dispatcher is woken once for
// all the events posted before its thread runs again, and switches a notifier in memory.
// On a busy batch GLib's cost about a fifth of the engine's CPU per item (bench_batch).
// What answers only through GLib's main loop, the keychain's Secret Service client
// (libsecret), runs on a thread that keeps it.
//
// Both are called before the QCoreApplication is made. A QT_NO_GLIB or QT_NO_THREADED_GLIB
// the user set is left as it is.

// The headless runner: Qt's dispatcher on every thread, the main one (the engine's and its
// HTTP client's) included; the keychain runs on a GlibThread.
void useQtEventDispatcher();

// The desktop: Qt's dispatcher on every thread but the main one, whose loop is GLib's for
// the windowing system's sake and the keychain's.
void useQtEventDispatcherOffMainThread();

// A thread whose event loop is GLib's, in a process whose other threads run Qt's
// (useQtEventDispatcher): for what answers only through GLib's main loop. Running from
// construction to destruction; made on the main thread, before other threads are.
class GlibThread
{
public:
    GlibThread();
    ~GlibThread();
    GlibThread(const GlibThread &) = delete;
    GlibThread &operator=(const GlibThread &) = delete;

    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
};

} // namespace vigil
