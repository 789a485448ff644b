package io.zonewright.analysis;

import io.zonewright.model.Service;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;

import java.util.List;

/**
 * What an endpoint stands for once resolved against the design: the zones it lies in, the services it
 * covers (both also as indexes into the topology's lists), whether it is outside the organisation, and
 * whether it is broader than one service. {@code id} numbers the distinct endpoints of one analysis.
 */
public record EndpointScope(int id, List<Zone> zones, int[] zoneIndexes, List<Service> services, int[] serviceIndexes,
                            boolean external, boolean broad) {

    public boolean touchesRole(ZoneRole role) {
        for (Zone z : zones) {
            if (z.role() == role) {
                return true;
            }
        }
        return false;
    }

    /** Whether every zone of the endpoint is internal (application, data, management, custom). */
    public boolean allInternal() {
        if (zones.isEmpty()) {
            return false;
        }
        for (Zone z : zones) {
            if (!z.role().isInternal()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every zone of the endpoint has the given role. */
    public boolean onlyRole(ZoneRole role) {
        if (zones.isEmpty()) {
            return false;
        }
        for (Zone z : zones) {
            if (z.role() != role) {
                return false;
            }
        }
        return true;
    }
}
