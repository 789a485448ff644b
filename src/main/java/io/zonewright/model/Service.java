package io.zonewright.model;

import java.util.List;

/** A service of the design: what it is, which zone it lives in, what it listens on and where it runs. */
public record Service(String id, String name, String zone, ServiceKind kind, List<PortSpec> listens,
                      List<Cidr> addresses, Deployment deployment, SourceLocation location) {

    public Service {
        listens = List.copyOf(listens);
        addresses = List.copyOf(addresses);
    }

    public String displayName() {
        return name.isEmpty() ? id : name;
    }

    public Service withName(String newName) {
        return new Service(id, newName, zone, kind, listens, addresses, deployment, location);
    }

    public Service withZone(String newZone) {
        return new Service(id, name, newZone, kind, listens, addresses, deployment, location);
    }
}
