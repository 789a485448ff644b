package io.zonewright.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortSpecTest {

    @Test
    void parsesTheWrittenForms() {
        assertEquals("443/tcp", PortSpec.parse("443").toString());
        assertEquals("8000-8090/udp", PortSpec.parse("8000-8090/udp").toString());
        assertEquals("icmp", PortSpec.parse("icmp").toString());
        assertEquals("any", PortSpec.parse("any").toString());
    }

    @Test
    void refusesPortsOutsideTheRangeAndBackwardRanges() {
        assertThrows(IllegalArgumentException.class, () -> PortSpec.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> PortSpec.parse("65536/tcp"));
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> PortSpec.parse("90-80"));
        assertTrue(backwards.getMessage().contains("backwards"));
        assertThrows(IllegalArgumentException.class, () -> PortSpec.parse("80/sctp"));
        assertThrows(IllegalArgumentException.class, () -> PortSpec.parse("22/icmp"));
        assertThrows(IllegalArgumentException.class, () -> PortSpec.parse("http"));
    }

    @Test
    void containmentRespectsProtocolAndRange() {
        assertTrue(PortSpec.parse("8000-8090").contains(PortSpec.parse("8080")));
        assertFalse(PortSpec.parse("8080").contains(PortSpec.parse("8000-8090")));
        assertFalse(PortSpec.parse("53/udp").contains(PortSpec.parse("53/tcp")));
        assertTrue(PortSpec.ANY.contains(PortSpec.parse("53/udp")));
        assertTrue(PortSpec.ANY.contains(PortSpec.ICMP));
        assertTrue(PortSpec.parse("53/udp").overlaps(PortSpec.ANY));
    }

    @Test
    void includesPortOnlyForPortProtocols() {
        assertTrue(PortSpec.parse("1-1024").includesPort(22));
        assertTrue(PortSpec.ANY.includesPort(22));
        assertFalse(PortSpec.ICMP.includesPort(22));
    }
}
