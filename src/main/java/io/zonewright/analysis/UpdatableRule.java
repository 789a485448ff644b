package io.zonewright.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A rule over all connections whose findings, after an edit, are brought up to date from those it made
 * before and the connections that went and came, instead of being made again from every connection.
 */
public interface UpdatableRule extends Rule {

    /** What one run found, with whatever the rule needs to update it after the next edit. */
    interface Outcome {
        List<Finding> findings();
    }

    Outcome checkAll(AnalysisContext context);

    /** The findings of an outcome kept as one slot per element, null where the element has none, in order. */
    static List<Finding> present(Finding[] slots) {
        List<Finding> found = new ArrayList<>();
        for (Finding f : slots) {
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    /**
     * The outcome for {@code context}, whose design differs from the one {@code before} was found for only
     * by {@code change} (the same zones and options, the same services but perhaps for their names); null
     * when this change needs everything checked again. After a rename, every connection is resolved by a
     * new resolver: outcomes must not keep resolved endpoints across it.
     */
    Outcome update(Outcome before, AnalysisContext context, ConnectionChange change);

    @Override
    default void check(AnalysisContext context, Consumer<Finding> findings) {
        checkAll(context).findings().forEach(findings);
    }
}
