package io.zonewright.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The findings a rule made in the analysis before, by the inputs they were made from. A rule that meets
 * the same inputs again takes the finding it made then instead of writing its message again: after an
 * edit, the graph rules recompute thousands of radii and paths, nearly all unchanged. Only valid while the
 * design's services and zones are the same objects (the analyzer starts a new memo when they change).
 */
public final class FindingMemo {

    /** A memo that remembers nothing: every finding is made. */
    static final FindingMemo NONE = new FindingMemo(false);

    private final boolean remembers;
    /** By vertex: the inputs and findings of the analysis before, and of this one. */
    private int[][] inputsBefore = new int[0][];
    private Finding[] findingsBefore = new Finding[0];
    private int[][] inputsNow = new int[0][];
    private Finding[] findingsNow = new Finding[0];

    private FindingMemo(boolean remembers) {
        this.remembers = remembers;
    }

    static FindingMemo remembering() {
        return new FindingMemo(true);
    }

    /**
     * The finding about vertex {@code v} made from these inputs in the analysis before, or a new one. The
     * inputs are the numbers the finding is made from (counts, vertices named): equal inputs for the same
     * vertex must make equal findings. A rule makes at most one finding per vertex, so the memo is an array
     * by vertex, and inputs are plain numbers: comparing them reads one array, where thousands per edit
     * would otherwise chase lists and strings.
     */
    public Finding find(int v, int[] inputs, Supplier<Finding> make) {
        if (!remembers) {
            return make.get();
        }
        Finding f = v < inputsBefore.length && Arrays.equals(inputs, inputsBefore[v]) ? findingsBefore[v] : make.get();
        inputsNow[v] = inputs;
        findingsNow[v] = f;
        return f;
    }

    /**
     * What the run since {@link #startRun} changed, vertex by vertex: the findings of the run before that it
     * did not make again go to {@code removed}, its new ones to {@code added}.
     */
    void changes(Collection<Finding> removed, Collection<Finding> added) {
        for (int v = 0; v < Math.max(findingsBefore.length, findingsNow.length); v++) {
            Finding was = v < findingsBefore.length ? findingsBefore[v] : null;
            Finding is = v < findingsNow.length ? findingsNow[v] : null;
            if (was != is) {
                if (was != null) {
                    removed.add(was);
                }
                if (is != null) {
                    added.add(is);
                }
            }
        }
    }

    /** Forgets the findings about these vertices: their service changed, so the same inputs make another finding. */
    void forget(int[] vertices) {
        for (int v : vertices) {
            if (v < inputsNow.length) {
                inputsNow[v] = null;
            }
        }
    }

    /**
     * Starts an analysis of a design with this many services: what the last one found becomes what is
     * remembered. Room for every service is made here, so that threads that each take a share of the
     * services can record their findings at once.
     */
    void startRun(int serviceCount) {
        if (!remembers) {
            return;
        }
        int[][] inputs = inputsBefore.length == serviceCount ? inputsBefore : new int[serviceCount][];
        Finding[] found = findingsBefore.length == serviceCount ? findingsBefore : new Finding[serviceCount];
        inputsBefore = inputsNow;
        findingsBefore = findingsNow;
        Arrays.fill(inputs, null);
        Arrays.fill(found, null);
        inputsNow = inputs;
        findingsNow = found;
    }
}
