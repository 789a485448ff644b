package io.zonewright.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * How the connections of a design differ from those of the design analysed before it, which has the same
 * zones and services but perhaps for their names: for each connection its position in the design before
 * (-1 for a new one), the positions before of those that went, the resolved connections that went and came,
 * and the indexes of the services renamed. A changed connection is one that went and one that came.
 */
public record ConnectionChange(int[] earlier, List<Integer> dropped, List<ResolvedConnection> removed,
                               List<ResolvedConnection> added, int[] renamed) {

    static ConnectionChange between(List<ResolvedConnection> before, int[] earlier, List<ResolvedConnection> now,
                                    int[] renamed) {
        boolean[] kept = new boolean[before.size()];
        List<ResolvedConnection> added = new ArrayList<>();
        for (int j = 0; j < earlier.length; j++) {
            if (earlier[j] >= 0) {
                kept[earlier[j]] = true;
            } else {
                added.add(now.get(j));
            }
        }
        List<Integer> dropped = new ArrayList<>();
        List<ResolvedConnection> removed = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (!kept[i]) {
                dropped.add(i);
                removed.add(before.get(i));
            }
        }
        return new ConnectionChange(earlier, dropped, removed, added, renamed);
    }

    /** The connections that went and those that came, together. */
    public List<ResolvedConnection> touched() {
        List<ResolvedConnection> touched = new ArrayList<>(removed);
        touched.addAll(added);
        return touched;
    }
}
