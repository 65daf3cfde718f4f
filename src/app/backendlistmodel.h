#pragma once

#include "enginehost.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace vigil {

// The backends (provider and model) that keep requests away right now: cooling down after
// capacity answers, holding for an announced limit, probing, releasing, or taking fewer
// requests at once after rate limits. A backend that answers well again leaves the list.
class BackendListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard provides its backends")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        BaseUrlRole,
        ModelRole,
        StateRole,
        FailureClassRole,
        NextProbeAtRole,
        FailuresRole,
        WaitingRole,
        ConcurrencyLimitRole,
    };
    Q_ENUM(Role)

    explicit BackendListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_backends.size()); }

    void apply(const QList<BackendSummary> &backends);

signals:
    void countChanged();

private:
    QList<BackendSummary> m_backends; // sorted by name
};

} // namespace vigil
