#include "taskfiltermodel.h"

#include "tasklistmodel.h"

namespace vigil {

TaskFilterModel::TaskFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &TaskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TaskFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &TaskFilterModel::countChanged);
}

namespace {

template <typename Enum> std::optional<Enum> enumFrom(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return static_cast<Enum>(value.toInt());
}

template <typename Enum> QVariant variantFrom(std::optional<Enum> value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

QVariant TaskFilterModel::stateFilter() const
{
    return variantFrom(m_state);
}

void TaskFilterModel::setStateFilter(const QVariant &state)
{
    const std::optional<TaskState> filter = enumFrom<TaskState>(state);
    if (filter == m_state)
        return;
    m_state = filter;
    refilter();
}

QVariant TaskFilterModel::errorClassFilter() const
{
    return variantFrom(m_errorClass);
}

void TaskFilterModel::setErrorClassFilter(const QVariant &errorClass)
{
    const std::optional<FailureClass> filter = enumFrom<FailureClass>(errorClass);
    if (filter == m_errorClass)
        return;
    m_errorClass = filter;
    refilter();
}

void TaskFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refilter();
}

void TaskFilterModel::refilter()
{
    invalidateRowsFilter();
    emit filtersChanged();
    emit countChanged();
}

qint64 TaskFilterModel::taskIdAt(int row) const
{
    return data(index(row, 0), TaskListModel::TaskIdRole).toLongLong();
}

int TaskFilterModel::rowOfTask(qint64 taskId) const
{
    auto *tasks = qobject_cast<TaskListModel *>(sourceModel());
    const int sourceRow = tasks ? tasks->rowOf(taskId) : -1;
    return sourceRow < 0 ? -1 : mapFromSource(tasks->index(sourceRow)).row();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto text = [&row](int role) { return row.data(role).toString(); };
    if (m_state && enumFrom<TaskState>(row.data(TaskListModel::StateRole)) != m_state)
        return false;
    if (m_errorClass &&
        enumFrom<FailureClass>(row.data(TaskListModel::ErrorClassRole)) != m_errorClass)
        return false;
    if (m_search.trimmed().isEmpty())
        return true;
    const QString needle = m_search.trimmed();
    for (int role : {TaskListModel::NameRole, TaskListModel::ModelRole,
                     TaskListModel::LastMessageRole, TaskListModel::ReasonRole}) {
        if (text(role).contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace vigil
