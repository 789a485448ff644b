package io.zonewright.export;

import io.zonewright.analysis.Report;
import io.zonewright.flows.Flows;
import io.zonewright.model.Topology;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;

/** Runs the chosen targets over one resolution of a design. Pure: no files are touched here. */
public final class Export {

    private static final Map<Target, Exporter> EXPORTERS = new EnumMap<>(Target.class);

    static {
        ServiceLoader.load(Exporter.class, Export.class.getClassLoader()).forEach(e -> EXPORTERS.put(e.target(), e));
        for (Target t : Target.values()) {
            if (!EXPORTERS.containsKey(t)) {
                throw new IllegalStateException("no exporter of " + t + " is registered");
            }
        }
    }

    private Export() {
    }

    public static List<TargetOutput> run(Topology topology, Set<Target> targets, ExportOptions options,
                                         Supplier<Report> report) {
        ExportInput input = new ExportInput(Flows.of(topology), report, options);
        // Targets share nothing but the input, which is made once and then only read: they run on every core.
        return Arrays.stream(Target.values()).filter(targets::contains).parallel()
                .map(t -> exporter(t).export(input)).toList();
    }

    /** The writer of a target. */
    public static Exporter exporter(Target target) {
        return EXPORTERS.get(target);
    }

    /**
     * The connections that no enforcing target among {@code outputs} manages at any end: the design allows
     * them, and nothing generated enforces them. Empty when no enforcing target ran.
     */
    public static List<String> enforcedByNone(List<TargetOutput> outputs) {
        Set<String> common = null;
        for (TargetOutput o : outputs) {
            if (o.target().enforces()) {
                if (common == null) {
                    common = new LinkedHashSet<>(o.unmanaged());
                } else {
                    common.retainAll(Set.copyOf(o.unmanaged()));
                }
            }
        }
        return common == null ? List.of() : List.copyOf(common);
    }
}
