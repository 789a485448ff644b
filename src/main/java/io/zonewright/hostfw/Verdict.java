package io.zonewright.hostfw;

/** What a rule does with the packets it matches. */
public enum Verdict {
    /** Admits them: final in its chain, though another table on the same hook may still drop them. */
    ACCEPT,
    /** Drops or rejects them: final everywhere. */
    DROP,
    /** Sends them back to the chain that jumped here. */
    RETURN,
    /** Evaluates another chain and comes back after it. */
    JUMP,
    /** Evaluates another chain and does not come back to this one. */
    GOTO,
    /** Counts, logs or marks them and goes on. */
    CONTINUE
}
