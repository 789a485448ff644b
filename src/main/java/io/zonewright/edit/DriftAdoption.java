package io.zonewright.edit;

import io.zonewright.compare.Cause;
import io.zonewright.compare.Drift;
import io.zonewright.compare.Party;
import io.zonewright.model.Authentication;
import io.zonewright.flows.AddressEnds;
import io.zonewright.model.AddressSet;
import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.PortSpec;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deployed flow the design does not document, made into the connections that document it: one per
 * port (or range) and per end; addresses are the services they hold whole, and the networks of the rest. The zone policy is left
 * as it is: whether the flow may cross it is the analysis's to say, once the flow is documented.
 */
public final class DriftAdoption {

    /** More services and networks than this on one end is not a flow to document one by one: it needs a zone. */
    static final int MOST_ENDS = 16;

    private DriftAdoption() {
    }

    /** The connections that document the drift; refused for missing drift, and for an end the design does not have. */
    public static List<Connection> connections(Topology design, Drift drift) {
        if (drift.kind() == Drift.Kind.MISSING) {
            throw new EditRefusedException("a missing flow is documented already: deploy it, or remove its connection");
        }
        List<Endpoint> from = ends(design, drift.from());
        List<Endpoint> to = ends(design, drift.to());
        String purpose = "Adopted from an audit: allowed by " + String.join("; ", drift.causes().stream().map(Cause::text).toList());
        List<Connection> out = new ArrayList<>();
        for (Endpoint f : from) {
            for (Endpoint t : to) {
                for (PortSpec port : drift.ports().toPortSpecs()) {
                    Connection c = new Connection("", f, t, port, purpose, Authentication.NONE, List.of("adopted"),
                            SourceLocation.UNKNOWN);
                    if (design.connection(c.id()) == null) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** The design with the drift's connections added. */
    public static Topology adopt(Topology design, Drift drift) {
        List<Connection> added = connections(design, drift);
        if (added.isEmpty()) {
            throw new EditRefusedException("the design documents this flow already");
        }
        List<Connection> connections = new ArrayList<>(design.connections());
        connections.addAll(added);
        return new Topology(design.name(), design.description(), design.zones(), design.services(), connections,
                design.policy(), design.waivers(), design.layout());
    }

    private static List<Endpoint> ends(Topology design, Party party) {
        if (party instanceof Party.Named named) {
            if (design.service(named.key()) == null) {
                throw new EditRefusedException(named.label() + " is not a service of the design: add a service bound to it, "
                        + "then adopt the flow");
            }
            return List.of(new Endpoint.ServiceRef(named.key()));
        }
        Map<String, AddressSet> services = new LinkedHashMap<>();
        design.services().forEach(s -> services.put(s.id(), AddressSet.of(s.addresses())));
        List<Endpoint> ends = AddressEnds.of(((Party.Addresses) party).addresses(), services);
        if (ends.size() > MOST_ENDS) {
            throw new EditRefusedException(party.label() + " is " + ends.size() + " services and networks: document it as "
                    + "a zone and connect that zone instead");
        }
        return ends;
    }
}
