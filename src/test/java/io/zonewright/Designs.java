package io.zonewright;

import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.model.Topology;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test designs: the bundled samples and small designs written inline. */
public final class Designs {

    public static final Path ARTICLE = Path.of("samples/three-zone-webapp.yaml");
    public static final Path SHOP = Path.of("samples/kubernetes-shop.yaml");
    public static final Path FLAWED = Path.of("samples/flawed-design.yaml");

    /** Five zones of the article, with address ranges; designs in tests add their services to them. */
    public static final String ZONES = """
            zonewright: 1
            zones:
              - {id: internet, role: external, trust: 0, addresses: [0.0.0.0/0]}
              - {id: public, role: public, trust: 10, addresses: [10.0.1.0/24]}
              - {id: app, role: application, trust: 20, addresses: [10.0.2.0/24]}
              - {id: data, role: data, trust: 30, addresses: [10.0.3.0/24]}
              - {id: mgmt, role: management, trust: 40, addresses: [10.0.9.0/24]}
            """;

    /** The zones, an API in the application zone and its database in the data zone. */
    public static final String API_AND_DB = ZONES + """
            services:
              - {id: api, zone: app, kind: api}
              - {id: db, zone: data, kind: database}
            """;

    private Designs() {
    }

    public static Topology load(Path file) {
        LoadResult result = TopologyReader.read(file);
        assertTrue(result.isValid(), () -> file + ": " + result.errors());
        return result.topology();
    }

    public static Topology parse(String yaml) {
        LoadResult result = TopologyReader.parse(yaml, "test.yaml");
        assertTrue(result.isValid(), () -> "test design invalid: " + result.errors());
        return result.topology();
    }
}
