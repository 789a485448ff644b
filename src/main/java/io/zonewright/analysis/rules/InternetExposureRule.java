package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.EndpointScope;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.PortSpec;
import io.zonewright.model.Protocol;
import io.zonewright.model.ZoneRole;

import java.util.List;
import java.util.function.Consumer;

/** ZW103: the internet reaches the public zone only, and only on the web ports. */
public final class InternetExposureRule extends ConnectionRule {

    /** HTTP, HTTPS and HTTP/3 (QUIC on UDP 443). */
    private static final List<PortSpec> WEB_PORTS = List.of(PortSpec.tcp(80), PortSpec.tcp(443), PortSpec.parse("443/udp"));

    public InternetExposureRule() {
        super("ZW103", "Internet exposure beyond the public zone or the web ports", Severity.CRITICAL,
                "Only the public zone faces the internet, and only ports 80 and 443 are open inbound. Anything "
                        + "else reachable from outside is attack surface that the public zone was meant to absorb.",
                "Put a load balancer or reverse proxy in the public zone in front of the service, and open only 80/443.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        EndpointScope from = rc.from();
        EndpointScope to = rc.to();
        if (!from.external() || to.external()) {
            return;
        }
        if (!to.onlyRole(ZoneRole.PUBLIC)) {
            findings.accept(connectionFinding(c, Severity.CRITICAL, flow(rc)
                    + " exposes a service outside the public zone to the internet"));
        } else if (WEB_PORTS.stream().noneMatch(web -> web.contains(c.port())) || c.port().protocol() == Protocol.ANY) {
            findings.accept(connectionFinding(c, Severity.HIGH, flow(rc)
                    + " opens a port other than 80/443 to the internet"));
        }
    }
}
