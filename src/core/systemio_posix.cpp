// The system's parts for Linux, macOS and the other POSIX systems (see systemio.h).
#include "systemio.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QSocketNotifier>

#include <csignal>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace vigil {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // A signal handler may do no more than this: the event loop does the rest.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

bool quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier =
        new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}

bool syncToDisk(QFileDevice &file)
{
    return ::fsync(file.handle()) == 0;
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
}

bool isTerminal(std::FILE *stream)
{
    return ::isatty(::fileno(stream)) == 1;
}

struct EchoOff::Saved
{
    termios settings = {};
};

EchoOff::EchoOff()
{
    auto saved = std::make_unique<Saved>();
    if (!isTerminal(stdin) || ::tcgetattr(STDIN_FILENO, &saved->settings) != 0)
        return;
    termios quiet = saved->settings;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0)
        m_saved = std::move(saved);
}

EchoOff::~EchoOff()
{
    if (m_saved)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->settings);
}

} // namespace vigil
