package io.zonewright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The cloud instance metadata service, which hands out the instance's credentials: the design article's
 * first example of what a compromised workload must not reach. A broad range such as {@code 0.0.0.0/0}
 * covers it; only a range that is the address itself names it on purpose.
 */
public final class CloudMetadata {

    /** AWS, GCP and Azure answer on 169.254.169.254; AWS also on fd00:ec2::254 in IPv6 subnets. */
    public static final List<Cidr> ADDRESSES = List.of(Cidr.parse("169.254.169.254"), Cidr.parse("fd00:ec2::254"));

    private CloudMetadata() {
    }

    /** The metadata addresses that {@code ranges} cover only as part of a broader range, without naming them. */
    public static List<Cidr> coveredUnnamed(List<Cidr> ranges) {
        List<Cidr> out = List.of();
        for (Cidr metadata : ADDRESSES) {
            boolean named = false;
            boolean covered = false;
            for (Cidr r : ranges) {
                named |= r.equals(metadata);
                covered |= r.contains(metadata);
            }
            if (covered && !named) {
                out = out.isEmpty() ? new ArrayList<>(2) : out;
                out.add(metadata);
            }
        }
        return out;
    }

    /** Whether {@code range} is a metadata address itself. */
    public static boolean isMetadata(Cidr range) {
        return ADDRESSES.contains(range);
    }
}
