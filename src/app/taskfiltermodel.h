#pragma once

#include "enums.h"

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace vigil {

// The dashboard's view of the task list: by state, by error class and by a search over
// name, model and last error. Empty filters let everything through: an undefined state or
// class, an empty search.
class TaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    // A vigil::TaskState, or undefined for every state.
    Q_PROPERTY(QVariant stateFilter READ stateFilter WRITE setStateFilter NOTIFY filtersChanged)
    // A vigil::FailureClass, or undefined for any task, whether it failed or not.
    Q_PROPERTY(QVariant errorClassFilter READ errorClassFilter WRITE setErrorClassFilter NOTIFY
                   filtersChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit TaskFilterModel(QObject *parent = nullptr);

    QVariant stateFilter() const;
    void setStateFilter(const QVariant &state);
    QVariant errorClassFilter() const;
    void setErrorClassFilter(const QVariant &errorClass);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }

    // The task id shown at `row`, or 0.
    Q_INVOKABLE qint64 taskIdAt(int row) const;
    // The row showing the task, or -1 when the filters hide it.
    Q_INVOKABLE int rowOfTask(qint64 taskId) const;

signals:
    void filtersChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    std::optional<TaskState> m_state;
    std::optional<FailureClass> m_errorClass;
    QString m_search;
};

} // namespace vigil
