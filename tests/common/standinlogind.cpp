#include "standinlogind.h"

#include <algorithm>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace {

const QString kService = QStringLiteral("org.freedesktop.login1");
const QString kPath = QStringLiteral("/org/freedesktop/login1");

} // namespace

bool StandInLogind::Inhibition::released() const
{
    pollfd poll{readEnd, POLLIN, 0};
    return ::poll(&poll, 1, 0) == 1 && (poll.revents & POLLHUP);
}

StandInLogind::StandInLogind(QDBusConnection bus) : m_bus(std::move(bus)) {}

StandInLogind::~StandInLogind()
{
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
    for (const Inhibition &inhibition : std::as_const(inhibitions))
        ::close(inhibition.readEnd);
}

bool StandInLogind::start()
{
    return m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots) &&
           m_bus.registerService(kService);
}

bool StandInLogind::allReleased() const
{
    return std::all_of(inhibitions.begin(), inhibitions.end(),
                       [](const Inhibition &inhibition) { return inhibition.released(); });
}

QDBusUnixFileDescriptor StandInLogind::Inhibit(const QString &what, const QString &who,
                                               const QString &why, const QString &mode)
{
    if (!refusal.isEmpty()) {
        sendErrorReply(QDBusError::AccessDenied, refusal);
        return {};
    }
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        qFatal("no pipe for the lock");
    inhibitions.append({what, who, why, mode, ends[0]});
    const QDBusUnixFileDescriptor lock(ends[1]); // a copy of its own
    ::close(ends[1]);
    return lock;
}
