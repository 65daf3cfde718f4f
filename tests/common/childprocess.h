#pragma once

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

// A helper process dies with the test, even when the test dies on a fatal error.
inline void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

// Asks a helper process to end, and makes sure it does.
inline void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}
