package io.zonewright.hostfw;

import java.util.ArrayList;
import java.util.List;

/** Unions of labelled boxes, as a rule's matches combine: each match narrows what the ones before it matched. */
final class Parts {

    private Parts() {
    }

    static List<FirewallRule.Part> all() {
        return List.of(new FirewallRule.Part(Box.ALL, null));
    }

    /** The packets of both; a label survives from whichever side has one. */
    static List<FirewallRule.Part> intersection(List<FirewallRule.Part> a, List<FirewallRule.Part> b) {
        List<FirewallRule.Part> out = new ArrayList<>();
        for (FirewallRule.Part x : a) {
            for (FirewallRule.Part y : b) {
                Box common = x.box().intersection(y.box());
                if (!common.isEmpty()) {
                    out.add(new FirewallRule.Part(common, x.label() != null ? x.label() : y.label()));
                }
            }
        }
        return out;
    }

    /** Every packet none of the parts holds. */
    static List<FirewallRule.Part> complement(List<FirewallRule.Part> parts) {
        return Box.minus(List.of(Box.ALL), parts.stream().map(FirewallRule.Part::box).toList()).stream()
                .map(b -> new FirewallRule.Part(b, null)).toList();
    }
}
