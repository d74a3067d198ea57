package dev.pycoach.interview;

/** Where a session is in its life. */
public enum SessionStatus {
    /** Waiting for the answer to the current question. */
    AWAITING_ANSWER,
    /** Waiting for the answer to a probe of the current question. */
    AWAITING_PROBE_ANSWER,
    /** All questions done or the candidate ended it; the scorecard is final. */
    FINISHED
}
