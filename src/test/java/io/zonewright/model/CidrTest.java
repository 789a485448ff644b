package io.zonewright.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CidrTest {

    @Test
    void parsesAndPrintsIpv4AndIpv6() {
        assertEquals("10.0.0.0/8", Cidr.parse("10.0.0.0/8").toString());
        assertEquals("10.0.1.10", Cidr.parse("10.0.1.10/32").toString());
        assertEquals("2001:db8::/32", Cidr.parse("2001:db8::/32").toString());
        assertEquals("::1", Cidr.parse("::1").toString());
        assertEquals("::/0", Cidr.parse("::/0").toString());
    }

    @Test
    void refusesMalformedNetworksWithAHint() {
        IllegalArgumentException hostBits = assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.1/8"));
        assertTrue(hostBits.getMessage().contains("10.0.0.0/8"), hostBits.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0/8"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("256.0.0.0"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("010.0.0.0"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("fe80::g"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("example.com"));
    }

    @Test
    void containmentAndOverlap() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");
        assertTrue(vpc.contains(Cidr.parse("10.0.3.0/24")));
        assertTrue(vpc.contains(Cidr.parse("10.0.3.7")));
        assertFalse(vpc.contains(Cidr.parse("10.1.0.0/24")));
        assertFalse(Cidr.parse("10.0.3.0/24").contains(vpc));
        assertTrue(Cidr.parse("10.0.3.0/24").overlaps(vpc));
        assertFalse(Cidr.parse("0.0.0.0/0").contains(Cidr.parse("::1")));
    }
}
