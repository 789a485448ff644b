package io.zonewright.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private Map<Inputs, Finding> before = Map.of();
    private Map<Inputs, Finding> now = new HashMap<>();

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

    /** The finding made from these inputs in the analysis before, or a new one. */
    public Finding find(Inputs inputs, Supplier<Finding> make) {
        if (!remembers) {
            return make.get();
        }
        Finding f = before.get(inputs);
        if (f == null) {
            f = make.get();
        }
        now.put(inputs, f);
        return f;
    }

    /** Starts an analysis: what the last one found becomes what is remembered. */
    void startRun() {
        before = now;
        now = new HashMap<>(before.size() * 2);
    }
}
