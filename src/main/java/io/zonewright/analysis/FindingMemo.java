package io.zonewright.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
    private Inputs[] inputsBefore = new Inputs[0];
    private Finding[] findingsBefore = new Finding[0];
    private Inputs[] inputsNow = new Inputs[0];
    private Finding[] findingsNow = new Finding[0];

    private FindingMemo(boolean remembers) {
        this.remembers = remembers;
    }

    static FindingMemo remembering() {
        return new FindingMemo(true);
    }

    /**
     * What a finding is made from: the vertex of its service, and the numbers and words its message shows.
     * Two equal inputs must make equal findings.
     */
    public record Inputs(int vertex, int[] numbers, List<String> words) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Inputs other && vertex == other.vertex && Arrays.equals(numbers, other.numbers)
                    && words.equals(other.words);
        }

        @Override
        public int hashCode() {
            return Objects.hash(vertex, Arrays.hashCode(numbers), words);
        }

        @Override
        public String toString() {
            return vertex + " " + Arrays.toString(numbers) + " " + words;
        }
    }

    /**
     * The finding made from these inputs in the analysis before, or a new one. A rule makes at most one
     * finding per vertex, so the memo is an array by vertex: no hashing of thousands of inputs per edit.
     */
    public Finding find(Inputs inputs, Supplier<Finding> make) {
        if (!remembers) {
            return make.get();
        }
        int v = inputs.vertex();
        Finding f = v < inputsBefore.length && inputs.equals(inputsBefore[v]) ? findingsBefore[v] : make.get();
        if (v >= inputsNow.length) {
            int size = Math.max(v + 1, inputsNow.length * 2);
            inputsNow = Arrays.copyOf(inputsNow, size);
            findingsNow = Arrays.copyOf(findingsNow, size);
        }
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

    /** Starts an analysis: what the last one found becomes what is remembered. */
    void startRun() {
        if (!remembers) {
            return;
        }
        Inputs[] inputs = inputsBefore;
        Finding[] found = findingsBefore;
        inputsBefore = inputsNow;
        findingsBefore = findingsNow;
        Arrays.fill(inputs, null);
        Arrays.fill(found, null);
        inputsNow = inputs;
        findingsNow = found;
    }
}
