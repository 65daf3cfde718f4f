#include "retrydecision.h"

#include "tr.h"

namespace vigil {

Classification recordedVerdict(Classification verdict, bool stopping)
{
    if (verdict.failureClass == FailureClass::Cancelled && !stopping) {
        verdict.failureClass = FailureClass::Network;
        verdict.retry = true;
    }
    return verdict;
}

RetryDecision decideAfterFailure(const StepRecord &step, const FailedAttempt &attempt,
                                 const RetryPolicy &policy, const CircuitAnswer &circuit,
                                 qint64 now, QRandomGenerator &random)
{
    RetryDecision decision;
    const Classification &verdict = attempt.verdict;
    AttemptEnd &end = decision.end;
    end.endedAt = now;
    end.httpStatus = attempt.httpStatus;
    end.failureClass = verdict.failureClass;
    end.message = verdict.message;

    if (!attempt.stopping && !attempt.online &&
        (verdict.failureClass == FailureClass::Network ||
         verdict.failureClass == FailureClass::Stall)) {
        decision.next = AfterFailure::Refund;
        end.retry = true;
        end.message = verdict.message + Tr::tr(" (offline; not charged)");
        return decision;
    }
    decision.refusedProbe =
        !circuit.behindBackend && usesCapacitySchedule(verdict.failureClass) && circuit.coolingDown;

    bool exhausted = false;
    if (verdict.retry && !attempt.stopping) {
        const qint64 elapsed = now - step.budgetStartedAt;
        exhausted = step.budgetAttempts >= policy.maxAttempts || elapsed >= policy.maxElapsedMs;
        if (exhausted) {
            decision.next = AfterFailure::Exhausted;
        } else if (verdict.serverDelayMs &&
                   *verdict.serverDelayMs > policy.maxElapsedMs - elapsed) {
            // Longer than the step's time budget: a quota in practice, not a retry.
            decision.next = AfterFailure::PauseUntil;
            decision.resumeAt = now + *verdict.serverDelayMs;
            end.delayMs = verdict.serverDelayMs;
        } else if (circuit.behindBackend) {
            decision.next = AfterFailure::WaitForBackend;
            end.delayMs = std::max<qint64>(0, circuit.nextProbeAt - now);
        } else {
            decision.next = AfterFailure::Retry;
            end.delayMs = retryDelayMs(policy, verdict.failureClass, step.budgetAttempts,
                                       verdict.serverDelayMs, random);
        }
        end.retry = !exhausted;
    }
    decision.stepFails = !verdict.retry && verdict.failureClass != FailureClass::Quota &&
                         verdict.failureClass != FailureClass::Cancelled;
    if (attempt.stopping) {
        decision.next = AfterFailure::Stopped;
    } else if (!verdict.retry && verdict.failureClass == FailureClass::Quota) {
        decision.next = AfterFailure::QuotaPause;
        if (verdict.serverDelayMs) {
            // The wait until the reset is the quota's, and shows as such in the chart.
            decision.resumeAt = now + *verdict.serverDelayMs;
            end.delayMs = verdict.serverDelayMs;
        }
    } else if (!verdict.retry) {
        decision.next = AfterFailure::Fail;
    }
    return decision;
}

} // namespace vigil
