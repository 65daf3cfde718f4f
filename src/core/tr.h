#pragma once

#include <QCoreApplication>

namespace vigil {

// What the engine tells people (a task file's problems, refusals, errors of the store and
// the network) in their language: Tr::tr("…"). The catalogues are translations/*.ts,
// context "Vigil"; which language is used is the application's choice (Translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigil)
};

} // namespace vigil
