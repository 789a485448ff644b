package io.zonewright.model;

/** An inclusive range of port numbers, 1 to 65535; a single port is a range of one. */
public record PortRange(int first, int last) implements Comparable<PortRange> {

    public static final int MIN = 1;
    public static final int MAX = 65535;
    public static final PortRange ALL = new PortRange(MIN, MAX);

    /**
     * The text of each single port, made when first asked for: exports write the same few ports hundreds of
     * thousands of times. Filled without a lock: a racing thread only makes an equal string.
     */
    private static final String[] SINGLE_TEXT = new String[MAX + 1];

    public PortRange {
        if (first < MIN || first > MAX || last < MIN || last > MAX) {
            throw new IllegalArgumentException("port outside 1-65535");
        }
        if (last < first) {
            throw new IllegalArgumentException("port range " + first + "-" + last + " is backwards");
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /** Parses {@code 443} or {@code 8000-8090}. */
    public static PortRange parse(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            return single(parsePort(text));
        }
        return new PortRange(parsePort(text.substring(0, dash)), parsePort(text.substring(dash + 1)));
    }

    private static int parsePort(String digits) {
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + digits + "' is not a port number");
        }
        return Integer.parseInt(digits);
    }

    public int size() {
        return last - first + 1;
    }

    public boolean isSingle() {
        return first == last;
    }

    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    public boolean contains(PortRange other) {
        return other.first >= first && other.last <= last;
    }

    public boolean overlaps(PortRange other) {
        return other.first <= last && first <= other.last;
    }

    @Override
    public int compareTo(PortRange o) {
        return first != o.first ? Integer.compare(first, o.first) : Integer.compare(last, o.last);
    }

    @Override
    public String toString() {
        if (!isSingle()) {
            return first + "-" + last;
        }
        String text = SINGLE_TEXT[first];
        if (text == null) {
            text = Integer.toString(first);
            SINGLE_TEXT[first] = text;
        }
        return text;
    }
}
