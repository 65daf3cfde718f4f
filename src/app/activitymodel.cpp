#include "activitymodel.h"

#include "pricing.h"

#include <QLocale>
#include <algorithm>

namespace vigil {

namespace {
constexpr int kPointsPerSpan = 4;
} // namespace

WaitShapeModel::WaitShapeModel(QObject *parent) : QAbstractTableModel(parent) {}

int WaitShapeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_spans.size()) * kPointsPerSpan;
}

int WaitShapeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant WaitShapeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= rowCount())
        return {};
    // Up at the start, along the top, down at the end.
    const TimeSpan &span = m_spans.at(index.row() / kPointsPerSpan);
    const int corner = index.row() % kPointsPerSpan;
    if (index.column() == 0)
        return static_cast<double>(corner < 2 ? span.from : span.to);
    return corner == 1 || corner == 2 ? 1.0 : 0.0;
}

void WaitShapeModel::apply(const QList<TimeSpan> &spans)
{
    if (spans == m_spans)
        return;
    beginResetModel();
    m_spans = spans;
    endResetModel();
}

ActivityModel::ActivityModel(QObject *parent) : QAbstractTableModel(parent) {}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_activity.buckets.size()) * 2;
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : costColumn() + 1;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= rowCount() ||
        index.column() > costColumn())
        return {};
    // Each bucket is a flat step from its start to its end: two rows.
    const auto row = static_cast<std::size_t>(index.row() / 2);
    const ActivityBucket &bucket = m_activity.buckets.at(row);
    const int column = index.column();
    if (column == 0)
        return static_cast<double>(bucket.startMs +
                                   (index.row() % 2 == 0 ? 0 : m_activity.bucketMs));
    if (column == costColumn())
        return m_costSoFar.at(row);
    int stacked = 0;
    for (int kind = 0; kind < column - 1; ++kind)
        stacked += bucket.attempts.at(static_cast<std::size_t>(kind));
    return stacked;
}

QString ActivityModel::kindLabel(int kind) const
{
    if (kind < 0 || kind >= kActivityKinds)
        return {};
    return activityKindLabel(static_cast<ActivityKind>(kind));
}

QVariant ActivityModel::kindClass(int kind) const
{
    if (kind < 0 || kind >= kActivityKinds)
        return {};
    return QVariant::fromValue(activityKindClass(static_cast<ActivityKind>(kind)));
}

int ActivityModel::attemptsOf(int kind) const
{
    if (kind < 0 || kind >= kActivityKinds)
        return 0;
    return m_activity.attempts(static_cast<ActivityKind>(kind));
}

QString ActivityModel::durationText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ActivityModel::summary() const
{
    const Spend &spend = m_activity.spend;
    return tr("%1 tokens · %2 · %3 lost to waits")
        .arg(QLocale().toString(spend.usage.total()),
             spend.costKnown() ? formatCost(spend.costUsd) : tr("cost unknown"),
             durationText(m_activity.waitedMs()));
}

void ActivityModel::apply(const Activity &activity)
{
    beginResetModel();
    m_activity = activity;
    m_costSoFar.clear();
    m_highestStack = 0;
    double cost = 0;
    for (const ActivityBucket &bucket : m_activity.buckets) {
        cost += bucket.costUsd;
        m_costSoFar.push_back(cost);
        int stack = 0;
        for (const int attempts : bucket.attempts)
            stack += attempts;
        m_highestStack = std::max(m_highestStack, stack);
    }
    endResetModel();
    m_waits.apply(m_activity.waits);
    emit changed();
}

} // namespace vigil
