package io.zonewright.export;

import io.zonewright.Designs;
import io.zonewright.GeneratedTopologies;
import io.zonewright.io.TopologyReader;
import io.zonewright.io.TopologyWriter;
import io.zonewright.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every target's files for the bundled samples, byte for byte. After a deliberate change, run with
 * {@code -Dgolden.update=true} and review the diff of {@code src/test/resources/golden} like any other.
 */
class GoldenExportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"three-zone-webapp", "kubernetes-shop", "flawed-design"})
    void theSamplesExportExactlyTheirGoldenFiles(String sample) throws IOException {
        Exported e = Exported.of(Designs.load(Path.of("samples", sample + ".yaml")));
        Path golden = GOLDEN.resolve(sample);
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(golden)) {
                try (Stream<Path> old = Files.walk(golden)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            e.writeTo(golden);
        }
        Set<String> expected;
        try (Stream<Path> files = Files.walk(golden)) {
            expected = files.filter(Files::isRegularFile).map(p -> golden.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, new TreeSet<>(e.files().keySet()), "the files made");
        for (Map.Entry<String, String> f : e.files().entrySet()) {
            assertEquals(Files.readString(golden.resolve(f.getKey()), StandardCharsets.UTF_8), f.getValue(), f.getKey());
        }
    }

    @Test
    void theSameDesignGivesTheSameBytes() {
        Topology generated = TopologyReader.parse(TopologyWriter.toYaml(GeneratedTopologies.generate(300, 1_200, 7)), "d.yaml").topology();
        Topology reread = TopologyReader.parse(TopologyWriter.toYaml(generated), "d.yaml").topology();
        Map<String, String> a = Exported.of(generated).files();
        Map<String, String> b = Exported.of(reread).files();
        assertEquals(Set.of(), a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).collect(Collectors.toSet()));
        assertEquals(Exported.of(generated).files(), Exported.of(generated).files());
    }
}
