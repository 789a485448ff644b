package io.zonewright.export.host;

/**
 * What every host's ruleset of one target holds alike, written once per export and copied into each file:
 * the input chain up to its documented rules, the output chain up to what closes the metadata service,
 * what each host opens for itself after that, and the forward chain's start (used when {@code forward}).
 */
public record ChainHeads(String inputStart, String outputStart, String outputBaseline, String forwardStart,
                         boolean forward) {

    /** How long these parts are together: what a file holds besides its own rules. */
    public int length() {
        return inputStart.length() + outputStart.length() + outputBaseline.length() + (forward ? forwardStart.length() : 0) + 256;
    }
}
