package io.zonewright.edit;

import io.zonewright.Designs;
import io.zonewright.model.Topology;
import io.zonewright.model.Zone;
import io.zonewright.model.ZoneRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneEditsTest {

    private final Topology article = Designs.load(Designs.ARTICLE);

    private static List<String> order(Topology t) {
        return t.zones().stream().map(Zone::id).toList();
    }

    @Test
    void aNewZoneIsTheMostTrustedNamedAfterItsRole() {
        Topology t = ZoneEdits.add(article, ZoneRole.DATA);
        Zone added = t.zone("data-2");
        assertEquals("Data", added.name());
        assertEquals(ZoneRole.DATA, added.role());
        assertEquals("data-2", order(t).get(order(t).size() - 1), "its lane comes last: " + order(t));
    }

    @Test
    void movingAZoneSwapsItsLaneWithItsNeighbourAndKeepsThePolicy() {
        List<String> before = order(article);
        Topology t = ZoneEdits.move(article, before.get(2), -1);
        assertEquals(before.get(2), order(t).get(1));
        assertEquals(before.get(1), order(t).get(2));
        assertEquals(article.policy().size(), t.policy().size());
        assertEquals(before, order(ZoneEdits.move(t, before.get(2), 1)), "and back again");
        assertThrows(EditRefusedException.class, () -> ZoneEdits.move(article, before.get(0), -1));
    }

    @Test
    void aZoneDraggedPastSeveralLanesTakesItsPlaceAndTheTrustOrderFollows() {
        Topology t = ZoneEdits.moveTo(article, "data", 1);
        assertEquals(List.of("internet", "data", "public", "application", "management"), order(t));
        List<Integer> trust = t.zones().stream().map(Zone::trust).toList();
        assertEquals(trust.stream().sorted().toList(), trust, "trust rises down the lanes: " + trust);
        assertEquals(article.zones().stream().map(Zone::trust).sorted().toList(), trust.stream().sorted().toList(),
                "the same trust values, dealt out again");
        assertEquals(order(article), order(ZoneEdits.moveTo(t, "data", 3)), "and back");
        assertEquals(order(article), order(ZoneEdits.moveTo(article, "data", 3)), "a zone moved to its own place stays");
    }

    @Test
    void aZoneWithServicesIsKeptUnlessTheyMoveSomewhere() {
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> ZoneEdits.delete(article, "data", null));
        assertTrue(refused.getMessage().contains("2 services live in it"), refused.getMessage());
        Topology t = ZoneEdits.delete(article, "data", "application");
        assertNull(t.zone("data"));
        assertEquals("application", t.service("postgres").zone());
        assertTrue(t.policy().stream().noneMatch(r -> r.from().equals("data") || r.to().equals("data")),
                "its policy rules go with it");
    }

    @Test
    void aZoneThatAConnectionNamesIsKept() {
        Topology t = Designs.parse(Designs.API_AND_DB + """
                connections:
                  - {from: api, to: zone:data, port: 5432}
                """);
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> ZoneEdits.delete(t, "data", "app"));
        assertTrue(refused.getMessage().contains("names it"), refused.getMessage());
    }

    @Test
    void aZoneKeepsItsIdWhenChanged() {
        Zone data = article.zone("data");
        Zone renamed = new Zone("data", "Databases", data.description(), data.role(), data.trust(), data.addresses(), data.location());
        assertEquals("Databases", ZoneEdits.replace(article, "data", renamed).zone("data").name());
        Zone other = new Zone("db", "Databases", data.description(), data.role(), data.trust(), data.addresses(), data.location());
        assertThrows(EditRefusedException.class, () -> ZoneEdits.replace(article, "data", other));
    }
}
