#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace vigil {

// The dashboard's view of the task list: by state, by error class and by a search over
// name, model and last error. Empty filters let everything through.
class TaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString errorClassFilter READ errorClassFilter WRITE setErrorClassFilter NOTIFY
                   filtersChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit TaskFilterModel(QObject *parent = nullptr);

    QString stateFilter() const { return m_state; }
    void setStateFilter(const QString &state);
    QString errorClassFilter() const { return m_errorClass; }
    void setErrorClassFilter(const QString &errorClass);
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

    QString m_state;
    QString m_errorClass;
    QString m_search;
};

} // namespace vigil
