#include "backendlistmodel.h"

#include <algorithm>

namespace vigil {

BackendListModel::BackendListModel(QObject *parent) : QAbstractListModel(parent) {}

int BackendListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BackendListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackendSummary &backend = m_backends.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return backend.name;
    case BaseUrlRole:
        return backend.name.section(QLatin1Char(' '), 0, 0);
    case ModelRole:
        return backend.name.section(QLatin1Char(' '), 1);
    case StateRole:
        return backend.state;
    case FailureClassRole:
        return QVariant::fromValue(backend.failureClass);
    case NextProbeAtRole:
        return backend.nextProbeAt;
    case FailuresRole:
        return backend.failures;
    case WaitingRole:
        return backend.waiting;
    case ConcurrencyLimitRole:
        return backend.concurrencyLimit;
    default:
        return {};
    }
}

QHash<int, QByteArray> BackendListModel::roleNames() const
{
    return {{NameRole, "name"},
            {BaseUrlRole, "providerUrl"},
            {ModelRole, "modelName"},
            {StateRole, "backendState"},
            {FailureClassRole, "failureClass"},
            {NextProbeAtRole, "nextProbeAt"},
            {FailuresRole, "failures"},
            {WaitingRole, "waiting"},
            {ConcurrencyLimitRole, "concurrencyLimit"}};
}

void BackendListModel::apply(const QList<BackendSummary> &backends)
{
    QList<BackendSummary> shown;
    for (const BackendSummary &backend : backends) {
        if (backend.state != QLatin1String("closed") || backend.concurrencyLimit > 0)
            shown.append(backend);
    }
    std::sort(shown.begin(), shown.end(),
              [](const BackendSummary &a, const BackendSummary &b) { return a.name < b.name; });
    const auto names = [](const QList<BackendSummary> &list) {
        QStringList result;
        for (const BackendSummary &backend : list)
            result.append(backend.name);
        return result;
    };
    if (names(shown) != names(m_backends)) {
        beginResetModel();
        m_backends = shown;
        endResetModel();
        emit countChanged();
        return;
    }
    m_backends = shown;
    if (!m_backends.isEmpty())
        emit dataChanged(index(0), index(count() - 1),
                         {StateRole, FailureClassRole, NextProbeAtRole, FailuresRole, WaitingRole,
                          ConcurrencyLimitRole});
}

} // namespace vigil
