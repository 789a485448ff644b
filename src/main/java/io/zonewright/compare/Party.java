package io.zonewright.compare;

import io.zonewright.model.AddressSet;

/**
 * One end of what a design or a deployment allows: something named (a service of the design, a workload
 * the design does not know) or a set of addresses.
 */
public sealed interface Party permits Party.Named, Party.Addresses {

    /** How a report names it. */
    String label();

    /** A service, a workload, a host: known by a key that both sides of a comparison use. */
    record Named(String key, String label) implements Party {
    }

    record Addresses(AddressSet addresses) implements Party {
        @Override
        public String label() {
            return Ranges.text(addresses);
        }
    }
}
