package io.zonewright.hostfw;

import io.zonewright.io.Diagnostic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rulesets no kernel would list, written to break a reader: each ends in a message with its place, quickly. */
class HostileRulesetTest {

    private static List<String> problems(Ruleset r) {
        return r.problems().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void chainsThatUnfoldWithoutEndAreRefusedWhereTheyStart() {
        StringBuilder save = new StringBuilder("*filter\n:INPUT DROP [0:0]\n");
        for (int c = 0; c < 20; c++) {
            save.append(':').append("C").append(c).append(" - [0:0]\n");
        }
        for (int r = 0; r < 10; r++) {
            save.append("-A INPUT -j C0\n");
        }
        for (int c = 0; c < 19; c++) {
            for (int r = 0; r < 10; r++) {
                save.append("-A C").append(c).append(" -p tcp --dport ").append(r + 1).append(" -j C").append(c + 1).append('\n');
            }
        }
        save.append("-A C19 -j ACCEPT\nCOMMIT\n");
        Ruleset r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> IptablesSaveReader.parse(save.toString(), "bomb.save"));
        assertEquals(List.of("bomb.save:2:1: the jumps of chain filter INPUT unfold into more than 200000 rules, more than any host has; "
                + "such a ruleset is not read"), problems(r));
    }

    @Test
    void aLoopOfJumpsIsSaidAtTheJumpThatCloses() {
        Ruleset r = IptablesSaveReader.parse("*filter\n:INPUT DROP [0:0]\n:A - [0:0]\n:B - [0:0]\n-A INPUT -j A\n-A A -j B\n"
                + "-A B -p tcp --dport 22 -j A\n-A B -j ACCEPT\nCOMMIT\n", "loop.save");
        assertEquals(List.of("loop.save:7:1: jumps back to chain filter A: a loop, which neither nft nor iptables loads"), problems(r));
    }

    @Test
    void nftJsonOfWrongShapesAndDepthsIsReportedNotThrown() {
        Ruleset deep = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> NftJsonReader.parse("{\"nftables\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}", "deep.json"));
        assertTrue(problems(deep).get(0).startsWith("deep.json:1:"), problems(deep)::toString);
        for (String wrong : List.of("{\"nftables\": [{\"rule\": 7}]}", "{\"nftables\": 3}", "[1, 2]", "{\"nftables\": [{\"chain\": "
                + "{\"family\": \"inet\", \"table\": [], \"name\": {}}}]}", "{\"nftables\": [{\"rule\": {\"family\": \"inet\", \"table\": \"t\", "
                + "\"chain\": \"c\", \"expr\": [{\"match\": {\"op\": \"==\", \"left\": {\"payload\": 5}, \"right\": \"x\"}}]}}]}")) {
            Ruleset r = NftJsonReader.parse(wrong, "wrong.json");
            assertTrue(!r.problems().isEmpty() && problems(r).get(0).matches("wrong\\.json:\\d+:\\d+: .+"), wrong + " gave " + problems(r));
        }
    }

    @Test
    void portsThatAreNotNumbersAreSaidWhereTheyStand() {
        Ruleset r = IptablesSaveReader.parse("*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport http -j ACCEPT\n"
                + "-A INPUT -p tcp -m multiport --dports 80,99999 -j ACCEPT\nCOMMIT\n", "ports.save");
        assertEquals(2, r.problems().size(), problems(r)::toString);
        assertTrue(problems(r).get(0).startsWith("ports.save:3:1: "), problems(r)::toString);
        assertTrue(problems(r).get(1).startsWith("ports.save:4:1: "), problems(r)::toString);
    }
}
