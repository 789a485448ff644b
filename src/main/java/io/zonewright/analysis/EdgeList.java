package io.zonewright.analysis;

import java.util.Arrays;

/**
 * Directed edges gathered as packed longs (source in the high half, target in the low half), then sorted
 * with duplicates dropped: tens of thousands of int pairs without an object each.
 */
final class EdgeList {

    private long[] packed = new long[1024];
    private int count;

    void add(int from, int to) {
        if (count == packed.length) {
            packed = Arrays.copyOf(packed, count * 2);
        }
        packed[count++] = edge(from, to);
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The edges as added, duplicates included. */
    long[] added() {
        return Arrays.copyOf(packed, count);
    }

    /** The distinct edges, sorted by source then target. */
    long[] sortedDistinct() {
        long[] edges = Arrays.copyOf(packed, count);
        Arrays.sort(edges);
        int distinct = 0;
        for (int i = 0; i < edges.length; i++) {
            if (i == 0 || edges[i] != edges[i - 1]) {
                edges[distinct++] = edges[i];
            }
        }
        return Arrays.copyOf(edges, distinct);
    }

    /** The distinct edges, sorted by source then target, each with how many times it was added. */
    Counted sortedCounted() {
        long[] edges = Arrays.copyOf(packed, count);
        Arrays.sort(edges);
        int[] counts = new int[edges.length];
        int distinct = 0;
        for (int i = 0; i < edges.length; i++) {
            if (i == 0 || edges[i] != edges[i - 1]) {
                edges[distinct++] = edges[i];
            }
            counts[distinct - 1]++;
        }
        return new Counted(Arrays.copyOf(edges, distinct), Arrays.copyOf(counts, distinct));
    }

    /** Sorted distinct edges and, for each, how many times it was added. */
    record Counted(long[] edges, int[] counts) {
    }

    static long edge(int from, int to) {
        return ((long) from << 32) | to;
    }

    static int source(long edge) {
        return (int) (edge >>> 32);
    }

    static int target(long edge) {
        return (int) edge;
    }
}
