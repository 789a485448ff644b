package io.zonewright.ui.common;

import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;

/** How the panels name a connection's end: a service or zone by its name with its id, anything else as written. */
public final class EndLabels {

    private EndLabels() {
    }

    public static String of(Endpoint end, Topology t) {
        if (end instanceof Endpoint.ServiceRef ref) {
            Service s = t.service(ref.id());
            return s == null ? end.text() : s.displayName() + " (" + s.id() + ")";
        }
        if (end instanceof Endpoint.ZoneRef ref) {
            Zone z = t.zone(ref.id());
            return z == null ? end.text() : "zone " + z.displayName() + " (" + z.id() + ")";
        }
        return end instanceof Endpoint.AllServices ? "every service (*)" : end.text();
    }
}
