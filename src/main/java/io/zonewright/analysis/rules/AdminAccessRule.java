package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.Service;
import io.zonewright.model.ZoneRole;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** ZW104: administrative ports are reached only from a bastion, a VPN or the management zone. */
public final class AdminAccessRule extends ConnectionRule {

    /** Remote shells and consoles, container and cluster control planes. */
    static final TreeMap<Integer, String> ADMIN_PORTS = new TreeMap<>(Map.ofEntries(
            Map.entry(22, "SSH"), Map.entry(23, "Telnet"), Map.entry(3389, "RDP"), Map.entry(5900, "VNC"),
            Map.entry(5985, "WinRM"), Map.entry(5986, "WinRM"), Map.entry(2375, "Docker API"),
            Map.entry(2376, "Docker API"), Map.entry(6443, "Kubernetes API"), Map.entry(10250, "kubelet"),
            Map.entry(2379, "etcd"), Map.entry(2380, "etcd")));

    public AdminAccessRule() {
        super("ZW104", "Administrative access not through a bastion or VPN", Severity.HIGH,
                "No SSH or other administrative access except through a bastion host or VPN: administrative "
                        + "ports give full control of a host, so they must be reachable from one audited entry point.",
                "Make the bastion (or VPN, or a management-zone service) the only source of this connection.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        String admin = adminPort(c);
        if (admin == null || isAdminEntryPoint(rc.to()) || isAdminSource(rc.from())) {
            return;
        }
        findings.accept(connectionFinding(c, severity(), flow(rc) + " opens " + admin
                + " from a source that is not a bastion, a VPN or the management zone"));
    }

    /** The ports of {@link #ADMIN_PORTS}, sorted, for a search without boxing on every connection. */
    private static final int[] SORTED_PORTS = ADMIN_PORTS.keySet().stream().mapToInt(Integer::intValue).toArray();

    /** The first administrative port the connection opens, or null; most connections open none. */
    private static String adminPort(Connection c) {
        int at = Arrays.binarySearch(SORTED_PORTS, c.port().ports().first());
        int candidate = at >= 0 ? at : -at - 1;
        if (candidate >= SORTED_PORTS.length || !c.port().includesPort(SORTED_PORTS[candidate])) {
            return null;
        }
        int port = SORTED_PORTS[candidate];
        return ADMIN_PORTS.get(port) + " (" + port + ")";
    }

    /** Connections to the bastion or VPN itself are how administrators come in, not a bypass. */
    private static boolean isAdminEntryPoint(EndpointScope to) {
        return !to.broad() && to.services().size() == 1 && to.services().get(0).kind().isAdminEntryPoint();
    }

    private static boolean isAdminSource(EndpointScope from) {
        if (from.onlyRole(ZoneRole.MANAGEMENT)) {
            return true;
        }
        if (from.broad() || from.services().isEmpty()) {
            return false;
        }
        Service s = from.services().get(0);
        return s.kind().isAdminEntryPoint();
    }
}
