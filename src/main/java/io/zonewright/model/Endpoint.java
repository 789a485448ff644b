package io.zonewright.model;

import java.util.Comparator;

/**
 * One end of a connection: a service, a whole zone ({@code zone:ID}), a network ({@code 10.0.0.0/8}) or
 * every service ({@code *}). Broad endpoints are legal so that a design can say what is deployed; the
 * analysis flags them.
 */
public sealed interface Endpoint
        permits Endpoint.ServiceRef, Endpoint.ZoneRef, Endpoint.Network, Endpoint.AllServices {

    String ZONE_PREFIX = "zone:";

    /** The text written in the file, which also identifies the endpoint. */
    String text();

    /** Endpoints sort by their text, as they read in the file. */
    Comparator<Endpoint> ORDER = Comparator.comparing(Endpoint::text);

    static Endpoint parse(String text) {
        String t = text.trim();
        if (t.equals("*")) {
            return AllServices.INSTANCE;
        }
        if (t.startsWith(ZONE_PREFIX)) {
            String id = t.substring(ZONE_PREFIX.length());
            Ids.check(id);
            return new ZoneRef(id);
        }
        if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.indexOf(':') >= 0)) {
            return new Network(Cidr.parse(t));
        }
        Ids.check(t);
        return new ServiceRef(t);
    }

    // equals and hashCode are written out: the generated ones go through method handles, and the
    // analysis compares endpoints hundreds of thousands of times per run.

    record ServiceRef(String id) implements Endpoint {
        @Override
        public String text() {
            return id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ServiceRef other && other.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    record ZoneRef(String id) implements Endpoint {
        @Override
        public String text() {
            return ZONE_PREFIX + id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ZoneRef other && other.id.equals(id);
        }

        @Override
        public int hashCode() {
            return 31 * id.hashCode() + 1;
        }
    }

    record Network(Cidr cidr) implements Endpoint {
        @Override
        public String text() {
            return cidr.toString();
        }
    }

    record AllServices() implements Endpoint {
        public static final AllServices INSTANCE = new AllServices();

        @Override
        public String text() {
            return "*";
        }
    }
}
