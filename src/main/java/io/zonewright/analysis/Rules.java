package io.zonewright.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every rule of the product, in id order. The rules live in {@code analysis.rules} and are found through
 * {@link ServiceLoader} ({@code META-INF/services/io.zonewright.analysis.Rule}): the engine here runs them
 * without knowing them, so the rules can build on the engine without the two depending on each other.
 */
public final class Rules {

    private static final List<Rule> ALL = ServiceLoader.load(Rule.class, Rules.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(Rule::id)).toList();

    private Rules() {
    }

    /** The rules that analyse a design. */
    public static List<Rule> analysisRules() {
        return ALL;
    }

    /** Every rule id a report can contain, the waiver rule included, for documentation and SARIF. */
    public static List<RuleDescription> described() {
        List<RuleDescription> out = new ArrayList<>();
        for (Rule r : ALL) {
            out.add(new RuleDescription(r.id(), r.title(), r.severity(), r.rationale(), r.hint()));
        }
        out.add(WaiverFindings.EXPIRED);
        out.add(WaiverFindings.UNUSED);
        return out;
    }
}
