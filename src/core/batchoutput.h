#pragma once

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace vigil {

struct StepRecord;

// A batch's output JSONL: one line per finished item, written after the item's result is
// committed to the store. The store is the truth and the file follows it: on opening,
// a line torn by a crash is cut off, and the runner appends the items the store has
// finished but the file lacks. So a restart neither loses nor repeats a line.
class BatchOutput
{
public:
    explicit BatchOutput(QString path);

    QString path() const { return m_path; }

    // Reads the lines already there. Every one must be a result of this batch (its id
    // among `itemIds`, once); anything else is an error and the file is left as it is.
    bool open(const QSet<QString> &itemIds, QString *error);
    bool contains(const QString &itemId) const { return m_written.contains(itemId); }
    bool append(const StepRecord &step, QString *error);
    // Flushes the file to the disk.
    bool sync(QString *error);

    // {"id", "text", "model", "usage"} for a done item; {"id", "error": {"class",
    // "message"}} for an item that failed terminally.
    static QJsonObject resultLine(const StepRecord &step);

private:
    QString m_path;
    QFile m_file;
    QSet<QString> m_written;
};

} // namespace vigil
