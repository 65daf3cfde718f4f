#pragma once

#include <QCoreApplication>

namespace vigil::cli {

// What the command line prints for people, in their language: Tr::tr("…") (context
// "CommandLine" in translations/*.ts). The engine's own messages come translated already.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace vigil::cli
