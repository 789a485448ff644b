package io.zonewright.bench;

import io.zonewright.GeneratedTopologies;
import io.zonewright.analysis.EndpointResolver;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.layout.Routing;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The arrows after an edit: one box moved, every arrow of the diagram routed again from the routing of the
 * version before (only those it touches are searched anew), as the editor does after each drag. The box, in
 * the last row of its lane, is nudged 30 px right and either 10 px down, which makes its lane taller and
 * moves every lane under it ({@link #afterMovingOneBox}), or 10 px up, within its lane
 * ({@link #afterMovingOneBoxWithinItsLane}). Drawing one more connection between two services far apart is
 * {@link #afterConnectingTwoServices}; the first routing of a whole design is {@link #firstRouting}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RoutingBenchmark {

    @Param({"200:400", "500:1200", "1000:6000"})
    public String size;

    private Topology before;
    private Topology after;
    private Topology within;
    private Topology connected;
    private DiagramLayout beforeLayout;
    private DiagramLayout afterLayout;
    private DiagramLayout withinLayout;
    private DiagramLayout connectedLayout;
    private Routing routed;

    @Setup
    public void route() {
        String[] parts = size.split(":");
        before = GeneratedTopologies.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 5);
        Service moved = before.services().get(before.services().size() / 2);
        DiagramLayout.Box box = DiagramLayout.of(before, true, EndpointResolver.zoneIds(before)).box(moved.id());
        double laneTop = DiagramLayout.of(before, true, EndpointResolver.zoneIds(before)).lane(moved.zone()).y();
        after = TopologyEdits.moveServices(before, Map.of(moved.id(), new TopologyEdits.Placement(moved.zone(),
                new Position(box.x() + 30, box.y() - laneTop + 10))));
        within = TopologyEdits.moveServices(before, Map.of(moved.id(), new TopologyEdits.Placement(moved.zone(),
                new Position(box.x() + 30, box.y() - laneTop - 10))));
        beforeLayout = DiagramLayout.of(before, true, EndpointResolver.zoneIds(before));
        afterLayout = DiagramLayout.of(after, true, EndpointResolver.zoneIds(after));
        withinLayout = DiagramLayout.of(within, true, EndpointResolver.zoneIds(within));
        connected = TopologyEdits.connect(before, before.services().get(1).id(),
                before.services().get(before.services().size() - 2).id());
        connectedLayout = DiagramLayout.of(connected, true, EndpointResolver.zoneIds(connected));
        routed = Routing.of(before, beforeLayout);
    }

    @Benchmark
    public Routing afterMovingOneBox() {
        return Routing.of(after, afterLayout, routed);
    }

    @Benchmark
    public Routing afterMovingOneBoxWithinItsLane() {
        return Routing.of(within, withinLayout, routed);
    }

    @Benchmark
    public Routing afterConnectingTwoServices() {
        return Routing.of(connected, connectedLayout, routed);
    }

    @Benchmark
    public Routing firstRouting() {
        return Routing.of(before, beforeLayout);
    }
}
