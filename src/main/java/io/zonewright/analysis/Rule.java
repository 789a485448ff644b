package io.zonewright.analysis;

import java.util.function.Consumer;

/** One analysis rule. Its id is part of the product: it never changes meaning. */
public interface Rule {

    String id();

    /** A short name, e.g. "Zone crossing not allowed by the policy". */
    String title();

    /** The usual severity; a rule may grade a single finding higher or lower. */
    Severity severity();

    /** Why the rule exists, in terms of the isolation principles. */
    String rationale();

    /** How a finding of this rule is usually fixed. */
    String hint();

    void check(AnalysisContext context, Consumer<Finding> findings);

    /**
     * Whether the rule works on the connection graph ({@link AnalysisContext#graph()}). Such rules run
     * together on a thread of their own; they must touch only the graph and what the context resolved, and
     * make every finding through their memo ({@link AnalysisContext#memo}), which is how an analysis after
     * an edit tells which of their findings changed.
     */
    default boolean walksGraph() {
        return false;
    }
}
