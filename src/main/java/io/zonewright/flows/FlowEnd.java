package io.zonewright.flows;

import io.zonewright.analysis.EndpointScope;
import io.zonewright.model.CloudMetadata;
import io.zonewright.model.Cidr;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Zone;

import java.util.List;

/**
 * One end of a flow, resolved once for every target: the services it covers (as the analysis reads the
 * endpoint), the addresses it stands for, and, when some of them are unknown, why. A service is its
 * {@code addresses}, {@code zone:X} the zone's {@code addresses}, {@code *} the addresses of every service,
 * a network itself; an end whose addresses are incomplete has a {@link #gap()} that a target writing
 * addresses must report rather than widen or drop.
 */
public record FlowEnd(Endpoint endpoint, EndpointScope scope, Addresses addresses, List<Service> unaddressed,
                      String gap) {

    public FlowEnd {
        unaddressed = List.copyOf(unaddressed);
    }

    /** The services this end covers. */
    public List<Service> services() {
        return scope.services();
    }

    public boolean isService() {
        return endpoint instanceof Endpoint.ServiceRef;
    }

    /** The zone of a {@code zone:X} end, or null. */
    public Zone zone() {
        return endpoint instanceof Endpoint.ZoneRef ? scope.zones().get(0) : null;
    }

    /** The service of a service end, or null. */
    public Service service() {
        return isService() ? scope.services().get(0) : null;
    }

    /** How documentation and comments name this end: a service's name, "Zone Data", "All services", a range. */
    public String label() {
        if (endpoint instanceof Endpoint.ServiceRef) {
            return service().displayName();
        }
        if (endpoint instanceof Endpoint.ZoneRef) {
            return "Zone " + zone().displayName();
        }
        return endpoint instanceof Endpoint.AllServices ? "All services" : endpoint.text();
    }

    public boolean hasGap() {
        return gap != null;
    }

    /** The metadata addresses that, as a destination, this end would open without naming them. */
    public List<Cidr> metadataCoveredUnnamed() {
        return CloudMetadata.coveredUnnamed(addresses.all());
    }
}
