package io.zonewright.export.host;

/** Which chain of a host a flow lands in: what reaches the host, or what the host opens. */
public enum Direction {
    INPUT("input", "accepts from"), OUTPUT("output", "opens to");

    private final String chain;
    private final String verb;

    Direction(String chain, String verb) {
        this.chain = chain;
        this.verb = verb;
    }

    /** The chain's name in nftables (iptables writes it in capitals). */
    public String chain() {
        return chain;
    }

    /** How a comment says what the host does with the peer. */
    public String verb() {
        return verb;
    }
}
