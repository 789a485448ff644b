package io.zonewright.export;

import io.zonewright.export.host.DisjointElements;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisjointElementsTest {

    private record Element(Cidr range, PortRange ports) {
        boolean overlaps(Element o) {
            return range.overlaps(o.range) && ports.overlaps(o.ports);
        }
    }

    private static Cidr random(Random r, boolean v6) {
        if (!v6) {
            int bits = r.nextInt(33);
            long address = (0x0A000000L | r.nextInt(1 << 12)) & (bits == 0 ? 0 : 0xFFFF_FFFFL << (32 - bits)) & 0xFFFF_FFFFL;
            return Cidr.parse((address >>> 24) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "." + (address & 255) + "/" + bits);
        }
        int bits = r.nextInt(129);
        Cidr host = Cidr.parse("fd00::" + Integer.toHexString(r.nextInt(16)) + ":" + Integer.toHexString(r.nextInt(1 << 16)));
        String[] groups = new String[8];
        java.math.BigInteger value = java.math.BigInteger.valueOf(host.high()).shiftLeft(64)
                .add(java.math.BigInteger.valueOf(host.low()).and(java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE)));
        value = value.shiftRight(128 - bits).shiftLeft(128 - bits);
        for (int g = 7; g >= 0; g--) {
            groups[g] = value.and(java.math.BigInteger.valueOf(0xffff)).toString(16);
            value = value.shiftRight(16);
        }
        return Cidr.parse(String.join(":", groups) + "/" + bits);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void keepsExactlyTheElementsThatOverlapNoneKeptBefore(boolean v6) {
        Random r = new Random(v6 ? 6 : 4);
        for (int round = 0; round < 50; round++) {
            DisjointElements set = new DisjointElements();
            List<Element> kept = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int first = 1 + r.nextInt(40);
                Element e = new Element(random(r, v6), new PortRange(first, first + r.nextInt(5)));
                boolean expected = kept.stream().noneMatch(e::overlaps);
                assertEquals(expected, set.add(e.range(), e.ports()), e + " against " + kept);
                if (expected) {
                    kept.add(e);
                }
            }
        }
    }
}
