#include "batchoutput.h"

#include "logging.h"
#include "records.h"
#include "systemio.h"
#include "taskspec.h"
#include "tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace vigil {

BatchOutput::BatchOutput(QString path) : m_path(std::move(path)), m_file(m_path) {}

QJsonObject BatchOutput::resultLine(const StepRecord &step)
{
    QJsonObject line{{QStringLiteral("id"), batchItemIdValue(step.itemId)}};
    if (step.state == StepState::Failed) {
        line.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("class"), step.errorClass},
                                {QStringLiteral("message"), step.lastMessage}});
        return line;
    }
    line.insert(QStringLiteral("text"), step.output);
    line.insert(QStringLiteral("model"), step.model);
    line.insert(QStringLiteral("usage"), step.usage);
    return line;
}

bool BatchOutput::open(const QSet<QString> &itemIds, QString *error)
{
    m_written.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Tr::tr("cannot create the folder of the output file %1").arg(m_path);
        return false;
    }
    if (!m_file.open(QIODevice::ReadWrite)) {
        *error = Tr::tr("cannot open the output file %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    const QByteArray existing = m_file.readAll();
    const qsizetype complete = existing.lastIndexOf('\n') + 1;
    int lineNumber = 0;
    for (qsizetype start = 0; start < complete;) {
        const qsizetype end = existing.indexOf('\n', start);
        const QByteArray line = existing.mid(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const QString id = batchItemId(document.object().value(QLatin1String("id")));
        if (!document.isObject() || !itemIds.contains(id)) {
            *error = Tr::tr("%1: line %2: not a result of this batch; move the file "
                            "away or name another output")
                         .arg(m_path)
                         .arg(lineNumber);
            m_file.close();
            return false;
        }
        if (m_written.contains(id)) {
            *error = Tr::tr("%1: line %2: a second result for the item %3; move the file "
                            "away or name another output")
                         .arg(m_path)
                         .arg(lineNumber)
                         .arg(id);
            m_file.close();
            return false;
        }
        m_written.insert(id);
    }
    if (complete < existing.size()) {
        qCWarning(lcStore).noquote() << "cutting a torn last line off" << m_path;
        if (!m_file.resize(complete)) {
            *error =
                Tr::tr("cannot repair the output file %1: %2").arg(m_path, m_file.errorString());
            m_file.close();
            return false;
        }
    }
    m_file.seek(complete);
    return true;
}

bool BatchOutput::append(const StepRecord &step, QString *error)
{
    if (m_written.contains(step.itemId))
        return true;
    const QByteArray line =
        QJsonDocument(resultLine(step)).toJson(QJsonDocument::Compact) + QByteArrayLiteral("\n");
    const qint64 before = m_file.pos();
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        *error = Tr::tr("cannot write the output file %1: %2").arg(m_path, m_file.errorString());
        // Leave no half line for the next one to be glued to.
        if (m_file.resize(before))
            m_file.seek(before);
        return false;
    }
    m_written.insert(step.itemId);
    return true;
}

bool BatchOutput::sync(QString *error)
{
    if (!m_file.isOpen())
        return true;
    if (!m_file.flush()) {
        *error = Tr::tr("cannot write the output file %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    if (!syncToDisk(m_file)) {
        *error = Tr::tr("cannot flush the output file %1 to the disk").arg(m_path);
        return false;
    }
    return true;
}

} // namespace vigil
