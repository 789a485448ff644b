package io.zonewright.io;

import io.zonewright.Designs;
import io.zonewright.layout.ConnectionRoute;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionRouteTest {

    private static Map<String, ConnectionRoute> routes(Topology t) {
        return ConnectionRoute.of(t, DiagramLayout.of(t)).stream()
                .collect(Collectors.toMap(r -> r.connection().id(), Function.identity()));
    }

    @Test
    void connectionsBetweenTheSameServicesAreDrawnSideBySide() {
        Topology t = Designs.parse(Designs.API_AND_DB + """
                connections:
                  - {from: api, to: db, port: 5432}
                  - {from: db, to: api, port: 8080}
                  - {from: api, to: zone:data, port: 9100}
                """);
        Map<String, ConnectionRoute> routes = routes(t);
        double[] there = routes.get("api->db:5432/tcp").segment();
        double[] back = routes.get("db->api:8080/tcp").segment();
        double gap = Math.hypot((there[0] + there[2]) / 2 - (back[0] + back[2]) / 2,
                (there[1] + there[3]) / 2 - (back[1] + back[3]) / 2);
        assertEquals(16, gap, 1e-6, "the two directions are drawn 16 pixels apart, not on one line");
        assertEquals("5432/tcp", routes.get("api->db:5432/tcp").label());
        assertEquals("9100/tcp to zone:data", routes.get("api->zone:data:9100/tcp").label());
    }

    @Test
    void clippingTellsWhetherAnArrowCrossesTheView() {
        Topology t = Designs.load(Designs.ARTICLE);
        ConnectionRoute lbToApi = routes(t).get("lb->api:8080/tcp");
        double[] s = lbToApi.segment();
        double midX = (s[0] + s[2]) / 2;
        double midY = (s[1] + s[3]) / 2;
        assertTrue(lbToApi.crosses(midX - 5, midY - 5, midX + 5, midY + 5));
        assertFalse(lbToApi.crosses(-100, -100, -50, -50));
        assertEquals("9090/tcp to every service", routes(t).get("metrics-scraping").label());
    }
}
