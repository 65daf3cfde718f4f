#pragma once

#include "enums.h"

#include <QColor>
#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

// The task states and failure classes as QML sees them: `Vigil.TaskState.Paused` and
// `Vigil.FailureClass.Capacity` (the C++ enums themselves), and the words, signs and
// colours the window shows for them (`Legend`), kept here once instead of in each
// component.

namespace VigilEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(vigil)
QML_NAMED_ELEMENT(Vigil)
} // namespace VigilEnums

namespace vigil {

// A failure class for QML: the enum, or undefined when there is none (a task that never
// failed, an attempt still in flight). `name` is the stored name ("capacity").
QVariant failureClassValue(const QString &name);

class Legend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit Legend(QObject *parent = nullptr);

    // The word on a state's badge and in the state filter, in the user's language.
    Q_INVOKABLE QString stateWord(vigil::TaskState state) const;
    // A sign beside the word, so that a state reads without colour.
    Q_INVOKABLE QString stateIcon(vigil::TaskState state) const;
    Q_INVOKABLE QColor stateColor(vigil::TaskState state, bool dark) const;
    // A failure class as a heading ("Rate limit"; "Done" for success); empty for none.
    Q_INVOKABLE QString classLabel(const QVariant &failureClass) const;
    // Transparent for none: an attempt in flight has no colour yet.
    Q_INVOKABLE QColor classColor(const QVariant &failureClass, bool dark) const;
    // {label, value} for the filters: every state, and the classes a task can fail with.
    Q_INVOKABLE QVariantList stateChoices() const;
    Q_INVOKABLE QVariantList failureChoices() const;
};

} // namespace vigil
