package io.zonewright.analysis;

import io.zonewright.model.Connection;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Analyses a sequence of designs, each usually one edit away from the one before, and redoes only what the
 * edit can have changed. An edit shares every untouched element with the design before it, so a
 * connection that is the same object as before, between the same zones and services, under the same
 * policy, has the same findings; the rules over all connections see the same thing while no flow changed;
 * the graph and its rules' findings stand while no endpoint changed, and when one did the graph rules
 * reuse every finding whose inputs they meet again ({@link FindingMemo}); the sorted report takes in the
 * few findings that changed. A rename redoes only what names the renamed service; other edits of services,
 * and edits of zones, start afresh. The result is always what a fresh
 * analysis would give, which the tests check edit after edit. Not thread-safe: one analysis at a time.
 */
public final class IncrementalAnalyzer {

    private final List<ConnectionRule> connectionRules = new ArrayList<>();
    private final List<UpdatableRule> designRules = new ArrayList<>();
    private final List<Rule> graphRules = new ArrayList<>();
    /** False for a single analysis, which has nothing to remember for. */
    private final boolean remembers;
    private Previous previous;
    /**
     * When two connections look the same to the rules over all connections: when none of them reads a
     * connection's details (purpose, authentication, tags), the same flow is enough.
     */
    private final BiPredicate<Connection, Connection> designRulesAlike;
    /** Whether a graph rule reads connection details: then the graph's findings stand only while those do. */
    private final boolean graphRulesReadDetails;
    /**
     * Per graph rule, made up front since the rules run on two threads; valid while services, zones and
     * options stay the same.
     */
    private final Map<String, FindingMemo> memos = new HashMap<>();

    /**
     * What the last analysis saw and found, kept to be reused by the next; the findings per connection are
     * by position in the design's connections.
     */
    private record Previous(AnalysisContext context, List<List<Finding>> connectionFindings,
                            List<UpdatableRule.Outcome> designOutcomes, List<Finding> designFindings,
                            List<Finding> graphFindings, ReportAssembly.Assembled report) {

        Topology topology() {
            return context.topology();
        }
    }

    public IncrementalAnalyzer() {
        this(Rules.analysisRules(), true);
    }

    /** An analyser of other rules than the product's: tests give it rules whose behaviour they control. */
    IncrementalAnalyzer(List<Rule> rules) {
        this(rules, true);
    }

    private IncrementalAnalyzer(List<Rule> rules, boolean remembers) {
        this.remembers = remembers;
        boolean designDetails = false;
        boolean graphDetails = false;
        for (Rule rule : rules) {
            if (rule instanceof ConnectionRule connectionRule) {
                connectionRules.add(connectionRule);
            } else if (rule.walksGraph()) {
                graphRules.add(rule);
                memos.put(rule.id(), remembers ? FindingMemo.remembering() : FindingMemo.NONE);
                graphDetails |= rule.readsConnectionDetails();
            } else if (rule instanceof UpdatableRule updatable) {
                designRules.add(updatable);
                designDetails |= rule.readsConnectionDetails();
            } else {
                throw new IllegalStateException(rule.id() + " reads every connection but cannot be updated after an edit");
            }
        }
        this.designRulesAlike = designDetails ? Object::equals : IncrementalAnalyzer::sameFlow;
        this.graphRulesReadDetails = graphDetails;
    }

    /** A fresh analysis of one design, keeping nothing for a next one. */
    static Report analyzeOnce(Topology topology, AnalysisOptions options) {
        return new IncrementalAnalyzer(Rules.analysisRules(), false).analyze(topology, options);
    }

    /**
     * Analyses the design, reusing what the analysis before it still holds. A run that fails leaves nothing
     * behind: the memos it may have begun to change are dropped with the analysis before, so the next run
     * starts afresh instead of building on half of one.
     */
    public Report analyze(Topology topology, AnalysisOptions options) {
        try {
            return analyzeAfter(previous, topology, options);
        } catch (RuntimeException | Error e) {
            previous = null;
            memos.replaceAll((rule, memo) -> remembers ? FindingMemo.remembering() : FindingMemo.NONE);
            throw e;
        }
    }

    private Report analyzeAfter(Previous before, Topology topology, AnalysisOptions options) {
        // Services renamed since the analysis before, by index; null when the services differ in more than names.
        int[] renamed = before == null ? null : renamedServices(before.topology(), topology);
        boolean sameShape = renamed != null;
        boolean sameElements = sameShape && renamed.length == 0;
        boolean sameOptions = before != null && before.context.options().equals(options);
        boolean sameJudgement = sameShape && sameOptions && before.topology().policy() == topology.policy();
        List<Connection> oldConnections = sameShape ? before.topology().connections() : List.of();
        int[] earlier = match(oldConnections, topology.connections());
        boolean sameEndpoints = sameShape && samePositions(oldConnections, topology.connections(), earlier,
                (a, b) -> a.from().equals(b.from()) && a.to().equals(b.to()));
        if (remembers && (!sameShape || !sameOptions)) {
            memos.replaceAll((rule, memo) -> FindingMemo.remembering());
        } else if (remembers) {
            memos.values().forEach(memo -> memo.forget(renamed));
        }
        EndpointResolver resolver = sameElements ? before.context.resolver()
                : sameShape ? before.context.resolver().withRenamed(topology, renamed) : new EndpointResolver(topology);
        ResolvedConnection[] known = resolvedBefore(before, earlier, renamed);
        List<ResolvedConnection> resolved = resolver.resolveAll(topology.connections(), known);
        ConnectionChange change = sameShape ? ConnectionChange.between(before.context.connections(), earlier, resolved, renamed)
                : null;
        Function<List<ResolvedConnection>, TopologyGraph> graphOf = sameEndpoints
                ? connections -> before.context.graph().on(topology)
                : sameElements ? connections -> patchedGraph(before, change, topology, connections)
                : connections -> TopologyGraph.build(topology, connections);
        AnalysisContext context = new AnalysisContext(topology, options, new AnalysisContext.Resolved(resolver, resolved),
                graphOf, rule -> memos.getOrDefault(rule, FindingMemo.NONE));

        // The graph rules stand while the graph does (asking costs at most a patch of the graph before).
        // Otherwise they run beside the judging of connections: on a second thread for a fresh analysis, where
        // judging every connection keeps this thread busy; in two shares after an edit, where judging is
        // quick and this thread takes the first share: both cores work.
        boolean graphStands = sameElements && sameOptions && context.graph().sameEdgesAs(before.context.graph())
                && (!graphRulesReadDetails || samePositions(oldConnections, topology.connections(), earlier, Object::equals));
        boolean designUpdates = sameShape && sameOptions;
        int shares = designUpdates ? 2 : 1;
        CompletableFuture<List<Finding>> fromGraph = null;
        if (!graphStands) {
            graphRules.forEach(rule -> context.memo(rule).startRun(topology.services().size()));
            fromGraph = CompletableFuture.supplyAsync(() -> checkGraph(context, shares - 1, shares));
        }
        List<List<Finding>> byConnection = new ArrayList<>(earlier.length);
        for (int i = 0; i < earlier.length; i++) {
            byConnection.add(sameJudgement && known[i] != null ? before.connectionFindings.get(earlier[i])
                    : judge(context.connections().get(i), context));
        }
        List<UpdatableRule.Outcome> designOutcomes;
        List<Finding> designFindings;
        if (sameElements && sameJudgement
                && samePositions(oldConnections, topology.connections(), earlier, designRulesAlike)) {
            designOutcomes = before.designOutcomes;
            designFindings = before.designFindings;
        } else {
            designOutcomes = new ArrayList<>();
            for (int r = 0; r < designRules.size(); r++) {
                UpdatableRule rule = designRules.get(r);
                UpdatableRule.Outcome updated = designUpdates
                        ? rule.update(before.designOutcomes.get(r), context, change) : null;
                designOutcomes.add(updated != null ? updated : rule.checkAll(context));
            }
            designFindings = new ArrayList<>();
            designOutcomes.forEach(outcome -> designFindings.addAll(outcome.findings()));
        }
        List<Finding> graphFindings = graphStands ? before.graphFindings
                : shares > 1 ? checkGraph(context, 0, shares) : new ArrayList<>();
        if (!graphStands) {
            graphFindings.addAll(fromGraph.join());
        }
        ReportAssembly.Assembled report;
        if (sameJudgement && before.topology().waivers() == topology.waivers()) {
            report = updated(before, change, byConnection, designFindings, graphFindings);
        } else {
            List<Finding> raw = new ArrayList<>();
            byConnection.forEach(raw::addAll);
            raw.addAll(designFindings);
            raw.addAll(graphFindings);
            report = ReportAssembly.assemble(topology, options, raw);
        }
        if (remembers) {
            previous = new Previous(context, byConnection, designOutcomes, designFindings, graphFindings, report);
        }
        return report.report();
    }

    /** The report before, with the findings that went away taken out and the new ones put in. */
    private ReportAssembly.Assembled updated(Previous before, ConnectionChange change, List<List<Finding>> byConnection,
                                             List<Finding> designFindings, List<Finding> graphFindings) {
        List<Finding> removed = new ArrayList<>();
        List<Finding> added = new ArrayList<>();
        for (int j = 0; j < change.earlier().length; j++) {
            int i = change.earlier()[j];
            if (i < 0) {
                added.addAll(byConnection.get(j));
            } else if (byConnection.get(j) != before.connectionFindings.get(i)) {
                removed.addAll(before.connectionFindings.get(i));
                added.addAll(byConnection.get(j));
            }
        }
        for (int i : change.dropped()) {
            removed.addAll(before.connectionFindings.get(i));
        }
        difference(before.designFindings, designFindings, removed, added);
        if (graphFindings != before.graphFindings) {
            memos.values().forEach(memo -> memo.changes(removed, added));
        }
        return ReportAssembly.update(before.report, before.topology(), before.context.options(), removed, added);
    }

    /**
     * Adds to {@code removed} the findings of {@code before} that {@code now} does not have, and to
     * {@code added} those it has anew, by identity: the rules hand back the very finding they made before
     * for whatever did not change, so after an edit most are in both.
     */
    private static void difference(List<Finding> before, List<Finding> now, List<Finding> removed, List<Finding> added) {
        if (before == now) {
            return;
        }
        Set<Finding> kept = Collections.newSetFromMap(new IdentityHashMap<>(before.size()));
        kept.addAll(before);
        for (Finding f : now) {
            if (!kept.remove(f)) {
                added.add(f);
            }
        }
        removed.addAll(kept);
    }

    /** The graph before with the connections that went and came patched in, or built afresh when it cannot be. */
    private static TopologyGraph patchedGraph(Previous before, ConnectionChange change, Topology topology,
                                              List<ResolvedConnection> connections) {
        TopologyGraph patched = before.context.graph().patched(topology, change.removed(), change.added());
        return patched != null ? patched : TopologyGraph.build(topology, connections);
    }

    /**
     * The connections resolved before, by their position in the new design; null for the new ones and,
     * after a rename, for those whose endpoints name or cover a renamed service, since a resolved endpoint
     * holds its services.
     */
    private static ResolvedConnection[] resolvedBefore(Previous before, int[] earlier, int[] renamed) {
        ResolvedConnection[] known = new ResolvedConnection[earlier.length];
        if (before == null) {
            return known;
        }
        // An edit keeps long runs of connections in order: they are copied a run at a time, which costs far
        // less than storing tens of thousands of references one by one.
        ResolvedConnection[] was = before.context.connections().toArray(new ResolvedConnection[0]);
        for (int i = 0; i < earlier.length; ) {
            int run = 0;
            while (i + run < earlier.length && earlier[i + run] >= 0 && earlier[i + run] == earlier[i] + run) {
                run++;
            }
            System.arraycopy(was, Math.max(earlier[i], 0), known, i, run);
            i += Math.max(run, 1);
        }
        if (renamed != null && renamed.length > 0) {
            BitSet touched = new BitSet();
            Arrays.stream(renamed).forEach(touched::set);
            for (int i = 0; i < known.length; i++) {
                ResolvedConnection rc = known[i];
                if (rc != null && (rc.from().broad() || rc.to().broad() || touched.get(rc.from().id())
                        || touched.get(rc.to().id()))) {
                    known[i] = null;
                }
            }
        }
        return known;
    }

    /**
     * The indexes of the services of {@code now} that differ from those of {@code before} only by name
     * (an empty array when all are the same objects), or null when the zones or services differ in more.
     */
    private static int[] renamedServices(Topology before, Topology now) {
        if (before.zones() != now.zones()) {
            return null;
        }
        if (before.sameServicesAs(now)) {
            return new int[0];
        }
        List<Service> was = before.services();
        List<Service> is = now.services();
        if (was.size() != is.size()) {
            return null;
        }
        List<Integer> renamed = new ArrayList<>();
        for (int i = 0; i < is.size(); i++) {
            if (was.get(i) != is.get(i)) {
                if (!was.get(i).withName(is.get(i).name()).equals(is.get(i))) {
                    return null;
                }
                renamed.add(i);
            }
        }
        return renamed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One share of the graph rules' work (their memos' runs started already). */
    private List<Finding> checkGraph(AnalysisContext context, int share, int shares) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : graphRules) {
            rule.checkShare(context, share, shares, found::add);
        }
        return found;
    }

    private List<Finding> judge(ResolvedConnection rc, AnalysisContext context) {
        List<Finding> found = new ArrayList<>(0);
        for (ConnectionRule rule : connectionRules) {
            rule.check(rc, context, found::add);
        }
        return found.isEmpty() ? List.of() : found;
    }

    /**
     * For each connection of {@code now}, the position of the same object in {@code old}, or -1 (all -1
     * when {@code old} is empty). An edit
     * leaves a long common beginning and end, matched by position; between them both lists are in
     * canonical order, so one walk over both finds the rest.
     */
    private static int[] match(List<Connection> old, List<Connection> now) {
        int[] match = new int[now.size()];
        int limit = Math.min(old.size(), now.size());
        int start = 0;
        while (start < limit && old.get(start) == now.get(start)) {
            match[start] = start;
            start++;
        }
        int oldEnd = old.size();
        int nowEnd = now.size();
        while (oldEnd > start && nowEnd > start && old.get(oldEnd - 1) == now.get(nowEnd - 1)) {
            match[--nowEnd] = --oldEnd;
        }
        Comparator<Connection> order = Topology.connectionOrder();
        int i = start;
        for (int j = start; j < nowEnd; j++) {
            Connection c = now.get(j);
            while (i < oldEnd && old.get(i) != c && order.compare(old.get(i), c) < 0) {
                i++;
            }
            match[j] = i < oldEnd && old.get(i) == c ? i++ : -1;
        }
        return match;
    }

    /**
     * Whether both lists hold, position by position, the same object or one that {@code alike} holds to be
     * the same for the purpose at hand.
     */
    private static boolean samePositions(List<Connection> old, List<Connection> now, int[] earlier,
                                         BiPredicate<Connection, Connection> alike) {
        if (old.size() != now.size()) {
            return false;
        }
        for (int j = 0; j < now.size(); j++) {
            if (earlier[j] >= 0 ? earlier[j] != j : !alike.test(old.get(j), now.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Connections with the same id, endpoints, port and place in the file: the same flow. */
    private static boolean sameFlow(Connection a, Connection b) {
        return a.id().equals(b.id()) && a.from().equals(b.from()) && a.to().equals(b.to())
                && a.port().equals(b.port()) && a.location().equals(b.location());
    }
}
