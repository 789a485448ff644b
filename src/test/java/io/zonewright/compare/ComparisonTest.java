package io.zonewright.compare;

import io.zonewright.model.AddressSet;
import io.zonewright.model.Cidr;
import io.zonewright.model.PortSet;
import io.zonewright.model.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComparisonTest {

    private static final Party WEB = new Party.Named("web", "web");
    private static final Party DB = new Party.Named("db", "db");

    private static Party net(String cidr) {
        return new Party.Addresses(AddressSet.of(Cidr.parse(cidr)));
    }

    private static PortSet tcp(int port) {
        return PortSet.of(PortSet.Transport.TCP, port, port);
    }

    private static Grant grant(Party from, Party to, PortSet ports, String cause) {
        return new Grant(from, to, ports, new Cause(cause, SourceLocation.UNKNOWN));
    }

    private static List<String> drifts(List<Grant> documented, List<Grant> deployed) {
        return Comparison.of(documented, deployed).stream()
                .map(d -> d.kind() + " " + d.from().label() + " -> " + d.to().label() + " " + d.ports() + " " + d.causes()).toList();
    }

    @Test
    void theSameOnBothSidesIsNoDrift() {
        List<Grant> same = List.of(grant(WEB, DB, tcp(5432), "a"), grant(net("10.0.0.0/8"), WEB, tcp(443), "b"));
        assertEquals(List.of(), drifts(same, same));
    }

    @Test
    void missingExtraAndMorePorts() {
        List<String> out = drifts(
                List.of(grant(WEB, DB, tcp(5432), "doc1"), grant(DB, WEB, tcp(9000), "doc2")),
                List.of(grant(WEB, DB, PortSet.ALL, "policy db"), grant(WEB, net("0.0.0.0/0"), tcp(443), "egress web")));
        assertEquals(List.of(
                "MISSING db -> web TCP 9000 [doc2]",
                "EXTRA web -> 0.0.0.0/0 TCP 443 [egress web]",
                "BROADER web -> db TCP 1-5431,5433-65535; UDP 1-65535; SCTP 1-65535; ICMP; OTHER [policy db]"), out);
    }

    @Test
    void aRuleWiderThanDocumentedIsBroaderOverEverythingItAddsAndAnotherRuleIsExtra() {
        List<String> out = drifts(
                List.of(grant(net("10.1.0.0/16"), WEB, tcp(443), "doc")),
                List.of(grant(net("10.0.0.0/8"), WEB, tcp(443), "rule 1"), grant(net("192.168.0.0/16"), WEB, tcp(22), "rule 2")));
        assertEquals(List.of(
                "BROADER 10.0.0.0/8 except 10.1.0.0/16 -> web TCP 443 [rule 1]",
                "EXTRA 192.168.0.0/16 -> web TCP 22 [rule 2]"), out);
    }
}
