package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Cidr;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * ZW114: a service's connection whose destination covers the cloud metadata service: 0.0.0.0/0, the
 * internet zone, a link-local range, or the address itself. The design article's first example of what
 * a compromised container must not reach.
 */
public final class MetadataServiceRule extends ConnectionRule {

    public MetadataServiceRule() {
        super("ZW114", "Destination covers the cloud metadata service", Severity.HIGH,
                "The metadata service (169.254.169.254, and fd00:ec2::254 on AWS IPv6) hands out the instance's "
                        + "credentials to whoever asks from the instance: a compromised container that can query it "
                        + "acts with the instance's role. A destination as broad as the internet covers it too.",
                "Narrow the destination to the addresses the service calls. If it must reach the metadata service, "
                        + "name 169.254.169.254 in its own connection and waive this finding with the reason.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        if (rc.from().external() || rc.from().services().isEmpty()) {
            return;
        }
        List<Cidr> ranges = destinationRanges(rc);
        for (Cidr metadata : CloudMetadata.ADDRESSES) {
            boolean named = ranges.contains(metadata);
            if (named || ranges.stream().anyMatch(r -> r.contains(metadata))) {
                findings.accept(connectionFinding(rc.connection(), severity(), flow(rc) + (named
                        ? " names the cloud metadata service " + metadata + ", which hands out instance credentials"
                        : " covers the cloud metadata service " + metadata + ", which hands out instance credentials")));
                return;
            }
        }
    }

    /** The address ranges the destination stands for: a range itself, a zone's ranges, services' addresses. */
    private static List<Cidr> destinationRanges(ResolvedConnection rc) {
        Endpoint to = rc.connection().to();
        if (to instanceof Endpoint.Network network) {
            return List.of(network.cidr());
        }
        if (to instanceof Endpoint.ZoneRef) {
            return rc.to().zones().get(0).addresses();
        }
        List<Cidr> out = new ArrayList<>();
        for (Service s : rc.to().services()) {
            out.addAll(s.addresses());
        }
        return out;
    }
}
