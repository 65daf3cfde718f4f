#pragma once

#include "engine.h"
#include "eventdispatch.h"
#include "eventlog.h"
#include "keepawake.h"
#include "keychain.h"
#include "logindinhibitor.h"
#include "runcommand.h"
#include "store.h"

#include <QTextStream>
#include <memory>

namespace vigil::cli {

// What `vigil run` and `vigil serve` both stand on: the checkpoint store, the event log and
// the engine writing into it, with keys from the keychain (on a GLib thread of its own:
// useQtEventDispatcher); logind's inhibitor keeps the computer from sleeping while the
// engine has work, unless `allowSleep`.
struct HeadlessEngine
{
    CheckpointStore store;
    EventLog events;
    GlibThread keychainThread;
    Keychain keychain{keychainThread.thread()};
    LogindInhibitor sleep{QDBusConnection::systemBus(), QStringLiteral("Vigil")};
    KeepAwake keepAwake{{&sleep}};
    std::unique_ptr<Engine> engine;

    // Says on `err`, after "vigil COMMAND: ", what could not be opened.
    bool open(const QString &db, const QString &eventsTarget, const QString &command,
              bool allowSleep, QTextStream &err)
    {
        if (!store.open(db)) {
            err << "vigil " << command << ": " << store.path() << ": " << store.lastError() << '\n';
            return false;
        }
        QString error;
        if (!events.open(eventsTarget, error)) {
            err << "vigil " << command << ": " << error << '\n';
            return false;
        }
        engine = std::make_unique<Engine>(store);
        engine->setSecretStore(&keychain);
        keepAwake.setEnabled(!allowSleep);
        QObject::connect(engine.get(), &Engine::workChanged, &keepAwake, &KeepAwake::setWorking);
        QObject::connect(engine.get(), &Engine::eventOccurred,
                         [this](const EngineEvent &event) { events.write(event); });
        return true;
    }
};

} // namespace vigil::cli
