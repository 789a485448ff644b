package io.zonewright.compare;

import io.zonewright.Designs;
import io.zonewright.export.ExportOptions;
import io.zonewright.export.Exported;
import io.zonewright.export.Target;
import io.zonewright.export.Tools;
import io.zonewright.hostfw.IptablesSaveReader;
import io.zonewright.hostfw.NftJsonReader;
import io.zonewright.hostfw.Ruleset;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every host of a design, loaded with its exported ruleset in a network namespace of its own and listed
 * back as the kernel holds it ({@code nft -j list ruleset}, {@code iptables-save}), audits clean against
 * the design; a rule added or taken away is exactly its drift.
 */
class HostAuditTest {

    @TempDir
    Path dir;

    private static List<String> drifts(Topology design, Service host, List<Ruleset> rulesets) {
        for (Ruleset r : rulesets) {
            assertEquals(List.of(), r.problems(), r.file());
        }
        return HostAudit.of(design, host, rulesets, ExportOptions.defaults(), "test").drifts().stream()
                .map(d -> d.kind() + " " + d.from().label() + " -> " + d.to().label() + " " + d.ports()).toList();
    }

    /** The ruleset of a file as the kernel lists it back after loading it. */
    private Ruleset nftListed(Path file) {
        Tools.Result r = Tools.isolated("sh", "-c", "nft -f \"$1\" && nft -j list ruleset", "sh", file.toString());
        assertEquals(0, r.exitCode(), r.output());
        return NftJsonReader.parse(r.output(), file + " (listed)");
    }

    private Ruleset iptablesListed(Path file, boolean ipv6) {
        String tool = ipv6 ? "ip6tables" : "iptables";
        Tools.Result r = Tools.isolated("sh", "-c", tool + "-restore < \"$1\" && " + tool + "-save", "sh", file.toString());
        assertEquals(0, r.exitCode(), r.output());
        return IptablesSaveReader.parse(r.output(), file + " (listed)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.zonewright.compare.DeployedClusters#samples")
    void everyHostAuditsCleanAgainstItsOwnExport(Path sample) throws IOException {
        Topology design = Designs.load(sample);
        Exported.of(design, Target.NFTABLES, Target.IPTABLES).writeTo(dir);
        int hosts = 0;
        for (Service s : design.services()) {
            Path nft = dir.resolve("nftables/" + s.id() + ".nft");
            if (!Files.exists(nft)) {
                continue;
            }
            hosts++;
            assertEquals(List.of(), drifts(design, s, List.of(nftListed(nft))), s.id() + " (nftables)");
            List<Ruleset> both = List.of(iptablesListed(dir.resolve("iptables/" + s.id() + ".rules"), false),
                    iptablesListed(dir.resolve("iptables/" + s.id() + ".rules6"), true));
            assertEquals(List.of(), drifts(design, s, both), s.id() + " (iptables)");
        }
        if (sample.equals(Designs.ARTICLE)) {
            assertEquals(design.services().size(), hosts, "every service of the article has a host");
        }
    }

    @Test
    void anAddedRuleIsExtraAndARemovedElementMissing() throws IOException {
        Topology design = Designs.load(Designs.ARTICLE);
        Service api = design.service("api");
        Exported exported = Exported.of(design, Target.NFTABLES, Target.IPTABLES);
        exported.writeTo(dir);
        String nft = exported.file("nftables/api.nft");
        Path tampered = Files.writeString(dir.resolve("api-tampered.nft"), nft
                .replace("\t\tiifname \"lo\" accept\n", "\t\tiifname \"lo\" accept\n\t\ttcp dport 22 accept\n")
                .replaceAll("\\s*10\\.0\\.9\\.10 \\. 9090[^,}]*,?", " "));
        assertEquals(List.of("EXTRA 0.0.0.0/0, ::/0 -> api TCP 22", "MISSING 10.0.9.10/32 -> api TCP 9090"),
                drifts(design, api, List.of(nftListed(tampered))));
        String rules = exported.file("iptables/api.rules");
        Path widened = Files.writeString(dir.resolve("api-widened.rules"),
                rules.replace("-s 10.0.1.10/32 -p tcp -m tcp --dport 8080", "-s 10.0.1.0/24 -p tcp -m tcp --dport 8080"));
        assertEquals(List.of("BROADER 10.0.1.0/24 except 10.0.1.10/32 -> api TCP 8080"),
                drifts(design, api, List.of(iptablesListed(widened, false))));
    }
}
