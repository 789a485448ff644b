package io.zonewright.model;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 network in CIDR notation. A plain address is a network of one host. Host bits must be
 * zero: {@code 10.0.0.1/8} is refused, since it almost always hides a typing mistake.
 */
public final class Cidr implements Comparable<Cidr> {

    private final byte[] address;
    private final int prefixLength;
    /** The address as a number: the high and low 64 bits (an IPv4 address is all low bits). */
    private final long high;
    private final long low;
    /** Written on first use: most networks an export handles are compared, not printed. */
    private String text;
    private String prefixText;

    private Cidr(byte[] address, int prefixLength) {
        this.address = address;
        this.prefixLength = prefixLength;
        long h = 0;
        long l = 0;
        for (int i = 0; i < address.length; i++) {
            if (address.length == 16 && i < 8) {
                h = h << 8 | (address[i] & 0xff);
            } else {
                l = l << 8 | (address[i] & 0xff);
            }
        }
        this.high = h;
        this.low = l;
    }

    public static Cidr parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String host = slash < 0 ? t : t.substring(0, slash);
        byte[] address = host.indexOf(':') >= 0 ? parseIpv6(host) : parseIpv4(host);
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("bad CIDR '" + text + "': prefix length must be a number");
            }
            prefix = Integer.parseInt(p);
            if (prefix > bits) {
                throw new IllegalArgumentException("bad CIDR '" + text + "': prefix length above " + bits);
            }
        }
        byte[] network = mask(address, prefix);
        if (!Arrays.equals(network, address)) {
            throw new IllegalArgumentException("bad CIDR '" + text + "': host bits are set (did you mean "
                    + format(network, prefix) + "?)");
        }
        return new Cidr(address, prefix);
    }

    /** The network of {@code prefix} bits at the address whose number is {@code value} (32 or 128 bits wide). */
    public static Cidr of(boolean ipv6, BigInteger value, int prefix) {
        int length = ipv6 ? 16 : 4;
        if (value.signum() < 0 || value.bitLength() > length * 8 || prefix < 0 || prefix > length * 8) {
            throw new IllegalArgumentException("no " + (ipv6 ? "IPv6" : "IPv4") + " network " + value + "/" + prefix);
        }
        byte[] raw = value.toByteArray();
        byte[] address = new byte[length];
        int copied = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copied, address, length - copied, copied);
        if (!Arrays.equals(mask(address, prefix), address)) {
            throw new IllegalArgumentException("host bits set in " + format(address, prefix));
        }
        return new Cidr(address, prefix);
    }

    /** The first address of the network as a number. */
    public BigInteger first() {
        return new BigInteger(1, address);
    }

    /** The last address of the network as a number. */
    public BigInteger last() {
        return first().add(BigInteger.ONE.shiftLeft(address.length * 8 - prefixLength)).subtract(BigInteger.ONE);
    }

    private static byte[] parseIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("bad address '" + host + "': an IPv4 address has four parts");
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                throw new IllegalArgumentException("bad address '" + host + "': '" + p + "' is not a number from 0 to 255");
            }
            out[i] = (byte) Integer.parseInt(p);
        }
        return out;
    }

    private static byte[] parseIpv6(String host) {
        // Only hex digits, colons and dots reach InetAddress, so it parses a literal and never resolves a name.
        if (host.length() > 45 || !host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            throw new IllegalArgumentException("bad address '" + host + "'");
        }
        try {
            byte[] raw = InetAddress.getByName(host).getAddress();
            if (raw.length != 16) {
                throw new IllegalArgumentException("bad address '" + host + "': write IPv4 addresses without colons");
            }
            return raw;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address '" + host + "'");
        }
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] out = address.clone();
        for (int i = 0; i < out.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] &= (byte) (0xff << (8 - keep));
        }
        return out;
    }

    private static String format(byte[] address, int prefix) {
        StringBuilder sb = new StringBuilder();
        if (address.length == 4) {
            for (int i = 0; i < 4; i++) {
                sb.append(i == 0 ? "" : ".").append(address[i] & 0xff);
            }
        } else {
            try {
                sb.append(compressIpv6(InetAddress.getByAddress(address).getHostAddress()));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        if (prefix != address.length * 8) {
            sb.append('/').append(prefix);
        }
        return sb.toString();
    }

    /** Java prints 0:0:0:0:0:0:0:1; people and firewalls write ::1. */
    private static String compressIpv6(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLen && j - i > 1) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLen, groups.length));
        return head + "::" + tail;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public boolean isIpv6() {
        return address.length == 16;
    }

    /** Whether this is a single address (a /32 or a /128). */
    public boolean isHost() {
        return prefixLength == address.length * 8;
    }

    /** Whether every address of {@code other} is in this network. */
    public boolean contains(Cidr other) {
        if (other.address.length != address.length || other.prefixLength < prefixLength) {
            return false;
        }
        if (address.length == 4) {
            long mask = prefixLength == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefixLength)) & 0xFFFF_FFFFL;
            return (other.low & mask) == low;
        }
        if (prefixLength <= 64) {
            long mask = prefixLength == 0 ? 0 : -1L << (64 - prefixLength);
            return (other.high & mask) == high;
        }
        return other.high == high && (other.low & (-1L << (128 - prefixLength))) == low;
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    @Override
    public int compareTo(Cidr o) {
        if (address.length != o.address.length) {
            return Integer.compare(address.length, o.address.length);
        }
        int c = Arrays.compareUnsigned(address, o.address);
        return c != 0 ? c : Integer.compare(prefixLength, o.prefixLength);
    }

    /** The high 64 bits of an IPv6 address; 0 for IPv4. */
    public long high() {
        return high;
    }

    /** The low 64 bits of an IPv6 address, or the 32 bits of an IPv4 address. */
    public long low() {
        return low;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.low == low && c.high == high && c.prefixLength == prefixLength
                && c.address.length == address.length;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high * 31 + low) * 131 + prefixLength * 2 + address.length;
    }

    /**
     * Always with its prefix length, a single address too ({@code 10.0.1.10/32}): as firewalls print rules
     * and as Kubernetes and AWS take ranges.
     */
    public String toPrefixString() {
        String t = prefixText;
        if (t == null) {
            t = isHost() ? this + "/" + prefixLength : toString();
            prefixText = t;
        }
        return t;
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = format(address, prefixLength);
            text = t;
        }
        return t;
    }
}
