package io.zonewright.flows;

/** An address family: firewalls match IPv4 and IPv6 with different words, iptables in different files. */
public enum Family {
    IPV4, IPV6
}
