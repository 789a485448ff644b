package io.zonewright.compare;

import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Addresses as a report writes them, in the fewest words: as networks ({@code 10.1.0.0/16, 10.3.0.0/16}),
 * or as a network with holes ({@code 10.0.0.0/8 except 10.1.0.0/16}) when that is shorter.
 */
final class Ranges {

    private Ranges() {
    }

    static String text(AddressSet addresses) {
        List<String> parts = new ArrayList<>();
        for (boolean ipv6 : new boolean[] {false, true}) {
            AddressSet family = addresses.family(ipv6);
            if (family.isEmpty()) {
                continue;
            }
            List<Cidr> networks = family.toCidrs();
            Cidr hull = hull(family, ipv6);
            List<Cidr> holes = AddressSet.of(hull).minus(family).toCidrs();
            if (holes.size() + 1 < networks.size()) {
                parts.add(hull.toPrefixString() + " except " + String.join(", ", holes.stream().map(Cidr::toPrefixString).toList()));
            } else {
                networks.forEach(n -> parts.add(n.toPrefixString()));
            }
        }
        return String.join(", ", parts);
    }

    /** The smallest network that holds all the addresses (of one family). */
    private static Cidr hull(AddressSet family, boolean ipv6) {
        BigInteger first = family.ranges().get(0).first();
        BigInteger last = family.ranges().get(family.ranges().size() - 1).last();
        int bits = ipv6 ? 128 : 32;
        int prefix = bits - first.xor(last).bitLength();
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE.shiftLeft(bits - prefix));
        return Cidr.of(ipv6, first.and(mask), prefix);
    }
}
