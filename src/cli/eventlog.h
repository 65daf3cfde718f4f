#pragma once

#include "clitext.h"
#include "engine.h"

#include <QFile>
#include <QJsonDocument>
#include <QString>

namespace vigil::cli {

// Writes the event stream as JSON lines, flushed line by line so that a reader
// following the file sees every event as it happens.
class EventLog
{
public:
    // An empty target writes nothing; "-" is standard output.
    bool open(const QString &target, QString &error)
    {
        if (target.isEmpty())
            return true;
        bool ok = false;
        if (target == QLatin1String("-")) {
            ok = m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        } else {
            m_file.setFileName(target);
            ok = m_file.open(QIODevice::WriteOnly | QIODevice::Append);
        }
        if (!ok)
            error = Tr::tr("cannot open the event log %1: %2").arg(target, m_file.errorString());
        return ok;
    }
    void write(const EngineEvent &event)
    {
        if (!m_file.isOpen())
            return;
        m_file.write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n');
        m_file.flush();
    }

private:
    QFile m_file;
};

} // namespace vigil::cli
