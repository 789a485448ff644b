package io.zonewright.flows;

import io.zonewright.model.AddressSet;
import io.zonewright.model.Endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Addresses read back into a design's terms: each service whose addresses all lie among them is that
 * service, and what no service accounts for is its networks. Used where a deployment's addresses become
 * connections (an import, an adopted drift).
 */
public final class AddressEnds {

    private AddressEnds() {
    }

    /** {@code services} gives each candidate service's addresses, by id, in the order to try them. */
    public static List<Endpoint> of(AddressSet addresses, Map<String, AddressSet> services) {
        List<Endpoint> out = new ArrayList<>();
        AddressSet rest = addresses;
        for (Map.Entry<String, AddressSet> service : services.entrySet()) {
            if (!service.getValue().isEmpty() && addresses.containsAll(service.getValue())) {
                out.add(new Endpoint.ServiceRef(service.getKey()));
                rest = rest.minus(service.getValue());
            }
        }
        rest.toCidrs().forEach(c -> out.add(new Endpoint.Network(c)));
        return out;
    }
}
