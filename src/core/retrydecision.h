#pragma once

#include "classifier.h"
#include "records.h"
#include "retrypolicy.h"

#include <QRandomGenerator>

namespace vigil {

// What the runner knew when one of a step's attempts failed.
struct FailedAttempt
{
    Classification verdict; // as recordedVerdict() gives it
    int httpStatus = 0;
    bool stopping = false; // the user paused or cancelled the task: its attempts were aborted
    bool online = true;    // whether the machine is online now
};

// How the step's backend answered the attempt's end (BackendCircuit::attemptEnded).
struct CircuitAnswer
{
    bool behindBackend = false; // the step waits in the circuit's line for its next try
    bool coolingDown = false;   // the circuit is open or holding for a limit's reset
    qint64 nextProbeAt = 0;     // ms since the epoch, UTC
};

// What follows a failed attempt (DESIGN §3, §4).
enum class AfterFailure
{
    Stopped,        // the user stopped the task: the step waits, unharmed, for a resume
    Refund,         // lost to the machine going offline: not charged; wait for the network
    Retry,          // the step tries again at end.endedAt + end.delayMs
    WaitForBackend, // the step tries again when the backend's circuit lets it
    PauseUntil,     // the server named a time beyond the step's budget: pause until resumeAt
    Exhausted,      // the step's retry budget is spent: the task pauses for the user
    QuotaPause,     // the allowance is spent: pause, until resumeAt when the provider said
    Fail            // the request cannot succeed as it is: the step fails
};

struct RetryDecision
{
    AfterFailure next = AfterFailure::Fail;
    // What the store records of the attempt; the step's next try follows from it.
    AttemptEnd end;
    qint64 resumeAt = 0; // PauseUntil, and QuotaPause when the provider said when
    bool stepFails = false;
    // The attempt was a probe the cooling-down backend refused: the step waits its own
    // backoff, or less if the backend serves again first.
    bool refusedProbe = false;
};

// The failure as recorded and told to the circuit: an attempt aborted below Vigil, not by
// the user, is a network failure like any other.
Classification recordedVerdict(Classification verdict, bool stopping);

// The retry decision, with nothing but its inputs: the step (its budget so far, this
// attempt charged), the attempt's failure, the policy, the circuit's answer and the time.
// `random` draws the backoff's jitter.
RetryDecision decideAfterFailure(const StepRecord &step, const FailedAttempt &attempt,
                                 const RetryPolicy &policy, const CircuitAnswer &circuit,
                                 qint64 now, QRandomGenerator &random);

} // namespace vigil
