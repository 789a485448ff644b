package io.zonewright.layout;

import io.zonewright.io.Progress;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Arrange": new places for the services of one lane or of the whole design, from the Eclipse Layout
 * Kernel's layered algorithm. Connections run down its layers; the layers of a lane's services become the
 * lane's rows, in their order, and the order within a layer (the one that crosses fewest arrows) its
 * columns. Every service stays in its lane and the lanes in their trust order. (ELK's partitions would
 * also hold each lane to its own layers, but 0.10.0 fails on them in designs of a few hundred services.)
 * Only services move; the arrows are routed afterwards around wherever the boxes ended up.
 */
public final class LayeredArrangement {

    static {
        // Outside Eclipse, ELK learns its options (and how to copy their values) only when asked to.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private LayeredArrangement() {
    }

    /** Lane-relative positions for every service of the design. */
    public static Map<String, Position> whole(Topology topology, Progress progress) {
        return arrange(topology, topology.services(), progress);
    }

    /**
     * Lane-relative positions for the services of one zone; the others keep theirs. The lane's services are
     * first ordered by where their partners in other lanes are, so that its arrows to them cross less.
     */
    public static Map<String, Position> lane(Topology topology, String zoneId, Progress progress) {
        DiagramLayout now = DiagramLayout.of(topology);
        List<Service> services = new ArrayList<>(topology.servicesIn(zoneId));
        Map<String, double[]> partners = new HashMap<>();
        services.forEach(s -> partners.put(s.id(), new double[2]));
        // One pass over the connections: for each of the lane's services, the sum and count of its partners' x.
        for (Connection c : topology.connections()) {
            if (c.from() instanceof Endpoint.ServiceRef from && c.to() instanceof Endpoint.ServiceRef to) {
                addPartner(partners, from.id(), now.box(to.id()), zoneId);
                addPartner(partners, to.id(), now.box(from.id()), zoneId);
            }
        }
        Map<String, Double> partnersAt = new HashMap<>();
        for (Service s : services) {
            double[] sumAndCount = partners.get(s.id());
            partnersAt.put(s.id(), sumAndCount[1] == 0 ? now.box(s.id()).x() : sumAndCount[0] / sumAndCount[1]);
        }
        services.sort(Comparator.comparingDouble((Service s) -> partnersAt.get(s.id())).thenComparing(Service::id));
        return arrange(topology, services, progress);
    }

    /** Counts a partner's box for a service of the lane, when the partner lies in another lane. */
    private static void addPartner(Map<String, double[]> partners, String serviceId, DiagramLayout.Box partner, String zoneId) {
        double[] sumAndCount = partners.get(serviceId);
        if (sumAndCount != null && partner != null && !partner.service().zone().equals(zoneId)) {
            sumAndCount[0] += partner.x();
            sumAndCount[1]++;
        }
    }

    private static Map<String, Position> arrange(Topology topology, List<Service> services, Progress progress) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, DiagramLayout.GAP_X);
        // Long arrows pass between boxes of a layer: the boxes either side still keep a neighbour's gap.
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, DiagramLayout.GAP_X / 2);
        // Unconnected parts are laid out apart and then packed side by side: as far apart as neighbours.
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, DiagramLayout.GAP_X);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, DiagramLayout.GAP_Y);
        // Where the crossings do not decide, the order given (the file's, or the partners' for a lane) does.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Service s : services) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(s.id());
            node.setDimensions(DiagramLayout.BOX_WIDTH, DiagramLayout.BOX_HEIGHT);
            nodes.put(s.id(), node);
        }
        // One edge per pair of services: several ports between two services pull them together no harder.
        Set<List<String>> pairs = new HashSet<>();
        for (Connection c : topology.connections()) {
            if (c.from() instanceof Endpoint.ServiceRef from && c.to() instanceof Endpoint.ServiceRef to
                    && !from.id().equals(to.id()) && nodes.containsKey(from.id()) && nodes.containsKey(to.id())
                    && pairs.add(List.of(from.id(), to.id()))) {
                ElkGraphUtil.createSimpleEdge(nodes.get(from.id()), nodes.get(to.id()));
            }
        }
        new LayeredLayoutProvider().layout(root, new ElkProgress(progress));
        return positions(topology, services, nodes);
    }

    /** ELK's places, made lane-relative: a lane's layers are its rows, from its top; columns start after the lane title. */
    private static Map<String, Position> positions(Topology topology, List<Service> services, Map<String, ElkNode> nodes) {
        double left = nodes.values().stream().mapToDouble(ElkNode::getX).min().orElse(0);
        Map<String, TreeSet<Double>> rowsOfLane = new HashMap<>();
        for (Service s : services) {
            rowsOfLane.computeIfAbsent(s.zone(), z -> new TreeSet<>()).add(nodes.get(s.id()).getY());
        }
        Map<String, Position> out = new LinkedHashMap<>();
        for (Service s : services) {
            ElkNode node = nodes.get(s.id());
            int row = rowsOfLane.get(s.zone()).headSet(node.getY()).size();
            out.put(s.id(), new Position(
                    Math.round(DiagramLayout.LANE_HEADER + DiagramLayout.PADDING + node.getX() - left),
                    DiagramLayout.PADDING + row * (DiagramLayout.BOX_HEIGHT + DiagramLayout.GAP_Y)));
        }
        return out;
    }
}
