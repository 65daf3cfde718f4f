#pragma once

#include <cstdio>
#include <memory>

class QFileDevice;

namespace vigil {

// What the engine and the command line need of the operating system beyond Qt, made by
// the one system file built (systemio_posix.cpp on Linux and macOS): a port to another
// system is one new file, and nothing else includes a system header.

// SIGINT and SIGTERM (or the system's equivalents) end the application's event loop, so
// that the store commits what it holds before the process ends. Call once the
// application object exists.
bool quitOnTerminationSignals();

// Pushes what the system holds of an open file on to the disk. False when it cannot.
bool syncToDisk(QFileDevice &file);

// Hands back to the system the memory the process has freed but its allocator still holds
// (glibc keeps the pages of large freed buffers, such as a hostile server's huge reply, in
// its arenas for reuse). Takes a few milliseconds; does nothing where the allocator returns
// memory by itself.
void releaseFreedMemory();

// Whether a standard stream is a terminal a person reads or types at.
bool isTerminal(std::FILE *stream);

// While one lives, what is typed on standard input is not echoed (an API key being
// entered). Does nothing when standard input is not a terminal.
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

    bool active() const { return m_saved != nullptr; }

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

} // namespace vigil
