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
     * Whether a finding depends on a connection's details (its purpose, authentication or tags) and not only
     * on its flow. An analysis after an edit of only those details runs again the rules that read them.
     */
    default boolean readsConnectionDetails() {
        return false;
    }

    /**
     * Whether the rule works on the connection graph ({@link AnalysisContext#graph()}). Such rules run
     * beside the others, perhaps in shares on two threads ({@link #checkShare}); they must touch only the
     * graph and what the context resolved, and make every finding through their memo
     * ({@link AnalysisContext#memo}), which is how an analysis after an edit tells which of their findings
     * changed. They name services as the resolver describes them ({@link EndpointResolver#describe}), which
     * keeps the text between analyses.
     */
    default boolean walksGraph() {
        return false;
    }

    /**
     * For a rule that {@link #walksGraph}: the findings about the services whose vertex is {@code share}
     * modulo {@code shares}, so that threads can each take a share of the work on a large graph. Together the
     * shares find exactly what {@link #check} finds. A rule that cannot share its work finds everything in
     * share 0 and nothing in the others.
     */
    default void checkShare(AnalysisContext context, int share, int shares, Consumer<Finding> findings) {
        if (share == 0) {
            check(context, findings);
        }
    }
}
