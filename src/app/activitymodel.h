#pragma once

#include "activity.h"

#include <QAbstractTableModel>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace vigil {

// The spans when a backend held work back, as the outline of one area that rises from 0 to
// 1 over each span: x (ms since the epoch) and y in columns 0 and 1.
class WaitShapeModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("an activity provides its waits")
public:
    explicit WaitShapeModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void apply(const QList<TimeSpan> &spans);

private:
    QList<TimeSpan> m_spans;
};

// What a task, or every task, did over time (activity.h), as Qt Charts' model mappers read
// it: two rows per bucket, its start and its end, so that each is drawn as a flat step;
// column 0 the time (ms since the epoch), column 1 zero,
// columns 2 to 7 the attempts of each ActivityKind stacked on those before it (completions
// at the bottom), so that kind k is the area between columns k + 1 and k + 2; column 8
// the cost so far. The totals come with it for the words beside the chart.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard provides a task's activity")
    Q_PROPERTY(int kinds READ kinds CONSTANT)
    Q_PROPERTY(int costColumn READ costColumn CONSTANT)
    Q_PROPERTY(vigil::WaitShapeModel *waits READ waits CONSTANT)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    Q_PROPERTY(double since READ since NOTIFY changed)
    Q_PROPERTY(double until READ until NOTIFY changed)
    Q_PROPERTY(int highestStack READ highestStack NOTIFY changed)
    Q_PROPERTY(double costUsd READ costUsd NOTIFY changed)
    Q_PROPERTY(bool costKnown READ costKnown NOTIFY changed)
    Q_PROPERTY(double tokens READ tokens NOTIFY changed)
    Q_PROPERTY(double waitedMs READ waitedMs NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
public:
    explicit ActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    static int kinds() { return kActivityKinds; }
    static int costColumn() { return kActivityKinds + 2; }
    WaitShapeModel *waits() { return &m_waits; }
    bool empty() const { return m_activity.isEmpty(); }
    double since() const { return static_cast<double>(m_activity.since); }
    double until() const { return static_cast<double>(m_activity.until); }
    // The most attempts that ended in one bucket, for the axis.
    int highestStack() const { return m_highestStack; }
    double costUsd() const { return m_activity.spend.costUsd; }
    bool costKnown() const { return m_activity.spend.costKnown(); }
    double tokens() const { return static_cast<double>(m_activity.spend.usage.total()); }
    // How long, in all, work was held back by a backend.
    double waitedMs() const { return static_cast<double>(m_activity.waitedMs()); }
    // The totals in words: "12,345 tokens · $0.42 · 1 h 12 min lost to waits".
    QString summary() const;
    // "1 h 12 min", "4 min", "35 s".
    static QString durationText(qint64 ms);

    // A kind's words for the legend, and the failure class whose colour it takes.
    Q_INVOKABLE QString kindLabel(int kind) const;
    Q_INVOKABLE QVariant kindClass(int kind) const;
    // How many attempts of the kind ended in the time shown.
    Q_INVOKABLE int attemptsOf(int kind) const;

    void apply(const Activity &activity);
    void clear() { apply({}); }

signals:
    void changed();

private:
    Activity m_activity;
    std::vector<double> m_costSoFar;
    int m_highestStack = 0;
    WaitShapeModel m_waits;
};

} // namespace vigil
