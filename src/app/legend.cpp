#include "legend.h"

#include "failureclass.h"

#include <array>

namespace vigil {

namespace {

struct Look
{
    const char *word;  // translated in Legend's context
    const char *light; // on a light palette
    const char *dark;  // on a dark one
};

struct StateLook
{
    TaskState state;
    Look look;
    const char *icon;
};

// In the order the state filter lists them: what needs a look first.
constexpr std::array<StateLook, 8> kStates{{
    {TaskState::Running,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Running"), "#1f6fb2", "#5fa8e8"},
     "\u25B6"},
    {TaskState::Retrying,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Retrying"), "#9a6700", "#e0b050"},
     "\u21BB"},
    {TaskState::Paused,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Paused"), "#bc4c00", "#f08a5d"},
     "\u2016"},
    {TaskState::WaitingForNetwork,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Offline"), "#57606a", "#9aa7b8"},
     "\u2301"},
    {TaskState::Failed,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Failed"), "#cf222e", "#ff7b72"},
     "\u2715"},
    {TaskState::Completed,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Completed"), "#1a7f37", "#56d364"},
     "\u2713"},
    {TaskState::Cancelled,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Cancelled"), "#6e7781", "#8b949e"},
     "\u2298"},
    {TaskState::Queued,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Queued"), "#6e7781", "#8b949e"},
     "\u2026"},
}};

struct ClassLook
{
    FailureClass failureClass;
    Look look;
    bool filtered; // offered in the error filter: a task's last error can be of this class
};

// The classes that stop a request, then the rest; the colours keep those that wait for a
// backend (capacity, rate limit, quota) apart from those that need the user.
constexpr std::array<ClassLook, 12> kClasses{{
    {FailureClass::Capacity,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Capacity"), "#d1700a", "#f0a040"},
     true},
    {FailureClass::RateLimited,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Rate limit"), "#b08800", "#e3c35a"},
     true},
    {FailureClass::Quota,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Quota"), "#8250df", "#d2a8ff"},
     true},
    {FailureClass::Server,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Server"), "#cf222e", "#ff7b72"},
     true},
    {FailureClass::Network,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Network"), "#0969da", "#79c0ff"},
     true},
    {FailureClass::Stall,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Stall"), "#54aeff", "#a5d6ff"},
     true},
    {FailureClass::Request,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Request"), "#82071e", "#ffa198"},
     true},
    {FailureClass::Auth, {QT_TRANSLATE_NOOP("vigil::Legend", "Key"), "#82071e", "#ffa198"}, true},
    {FailureClass::NotFound,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Not found"), "#82071e", "#ffa198"},
     true},
    {FailureClass::Tls, {QT_TRANSLATE_NOOP("vigil::Legend", "TLS"), "#82071e", "#ffa198"}, true},
    {FailureClass::Cancelled,
     {QT_TRANSLATE_NOOP("vigil::Legend", "Cancelled"), "#8c959f", "#8b949e"},
     false},
    {FailureClass::Ok, {QT_TRANSLATE_NOOP("vigil::Legend", "Done"), "#1a7f37", "#56d364"}, false},
}};

const Look &lookOf(TaskState state)
{
    for (const StateLook &entry : kStates) {
        if (entry.state == state)
            return entry.look;
    }
    return kStates.back().look;
}

const Look *lookOf(const QVariant &failureClass)
{
    if (!failureClass.isValid())
        return nullptr;
    const auto value = static_cast<FailureClass>(failureClass.toInt());
    for (const ClassLook &entry : kClasses) {
        if (entry.failureClass == value)
            return &entry.look;
    }
    return nullptr;
}

QColor colourOf(const Look &look, bool dark)
{
    return {QLatin1String(dark ? look.dark : look.light)};
}

} // namespace

QVariant failureClassValue(const QString &name)
{
    const std::optional<FailureClass> failureClass = failureClassFromName(name);
    return failureClass ? QVariant::fromValue(*failureClass) : QVariant();
}

Legend::Legend(QObject *parent) : QObject(parent) {}

QString Legend::stateWord(TaskState state) const
{
    return tr(lookOf(state).word);
}

QString Legend::stateIcon(TaskState state) const
{
    for (const StateLook &entry : kStates) {
        if (entry.state == state)
            return QString::fromUtf8(entry.icon);
    }
    return {};
}

QColor Legend::stateColor(TaskState state, bool dark) const
{
    return colourOf(lookOf(state), dark);
}

QString Legend::classLabel(const QVariant &failureClass) const
{
    const Look *look = lookOf(failureClass);
    return look ? tr(look->word) : QString();
}

QColor Legend::classColor(const QVariant &failureClass, bool dark) const
{
    const Look *look = lookOf(failureClass);
    return look ? colourOf(*look, dark) : QColor(Qt::transparent);
}

QVariantList Legend::stateChoices() const
{
    QVariantList choices;
    for (const StateLook &entry : kStates) {
        choices.append(QVariantMap{{QStringLiteral("label"), tr(entry.look.word)},
                                   {QStringLiteral("value"), QVariant::fromValue(entry.state)}});
    }
    return choices;
}

QVariantList Legend::failureChoices() const
{
    QVariantList choices;
    for (const ClassLook &entry : kClasses) {
        if (entry.filtered) {
            choices.append(
                QVariantMap{{QStringLiteral("label"), tr(entry.look.word)},
                            {QStringLiteral("value"), QVariant::fromValue(entry.failureClass)}});
        }
    }
    return choices;
}

} // namespace vigil
