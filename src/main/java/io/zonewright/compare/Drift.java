package io.zonewright.compare;

import io.zonewright.model.PortSet;

import java.util.List;

/**
 * A difference between what is documented and what is deployed, from one party to another:
 * {@code MISSING} is documented and not allowed, {@code EXTRA} allowed and documented nowhere,
 * {@code BROADER} allowed wider than documented (more ports, or more sources or destinations than the
 * rule that allows it is documented for). {@code causes} are the rules that allow it (the design's
 * connections, for what is missing); {@code connections} the ids of the design's connections documented
 * between the two parties, which an editor marks.
 */
public record Drift(Kind kind, Party from, Party to, PortSet ports, PortSet documented, List<Cause> causes,
                    List<String> connections) {

    public enum Kind { MISSING, EXTRA, BROADER }
}
