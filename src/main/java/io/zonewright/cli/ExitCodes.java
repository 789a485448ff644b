package io.zonewright.cli;

/** Exit codes shared by every command, so that CI scripts can tell findings from broken input. */
public final class ExitCodes {
    /** Success, nothing found. */
    public static final int OK = 0;
    /** Findings or differences at or above the threshold. */
    public static final int FINDINGS = 1;
    /** Bad input or bad usage. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
