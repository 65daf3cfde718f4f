// The one function that decides what a failed attempt means: status, headers and body
// together, as a hostile or broken server may send them.
#include "httpinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const vigil::AttemptOutcome outcome = vigil::fuzz::parseAttempt(data, size);
    const vigil::Classification result = vigil::classify(outcome, vigil::fuzz::fixedNow());
    if (result.serverDelayMs && *result.serverDelayMs < 0)
        __builtin_trap(); // a delay in the past is never a delay to wait
    (void)vigil::failureClassName(result.failureClass);
    return 0;
}
