package io.zonewright.io;

import io.zonewright.Designs;
import io.zonewright.model.Connection;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologyWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"samples/three-zone-webapp.yaml", "samples/kubernetes-shop.yaml", "samples/flawed-design.yaml"})
    void canonicalSamplesRoundTripByteForByte(String sample) throws IOException {
        String onDisk = Files.readString(Path.of(sample));
        assertEquals(onDisk, TopologyWriter.toYaml(Designs.load(Path.of(sample))),
                sample + " is not canonical: run zonewright format on it");
    }

    @Test
    void outputDoesNotDependOnTheOrderOfTheInput() {
        String services = """
                services:
                  - {id: b, zone: app, kind: api}
                  - {id: a, zone: data, kind: database}
                  - {id: c, zone: app, kind: worker}
                connections:
                  - {from: b, to: a, port: 5432}
                  - {from: b, to: c, port: 80}
                """;
        String reordered = """
                services:
                  - {id: c, zone: app, kind: worker}
                  - {id: a, zone: data, kind: database}
                  - {id: b, zone: app, kind: api}
                connections:
                  - {from: b, to: c, port: 80}
                  - {from: b, to: a, port: 5432}
                """;
        String first = TopologyWriter.toYaml(Designs.parse(Designs.ZONES + services));
        assertEquals(first, TopologyWriter.toYaml(Designs.parse(Designs.ZONES + reordered)));
        int b = first.indexOf("- id: b\n");
        int c = first.indexOf("- id: c\n");
        int a = first.indexOf("- id: a\n");
        assertTrue(b > 0 && b < c && c < a,
                "services are grouped by zone in trust order, then by id:\n" + first);
    }

    @Test
    void hostileTextSurvivesARoundTripUnchanged() {
        String[] texts = {
            "quote \" and 'single' and back\\slash",
            "line one\nline two\n  indented: key\n- list",
            "# not a comment", "*alias &anchor !tag", "true", "null", "0x1F", "2027-01-01", "~", " leading space",
            "trailing space ", "tab\there", "unicode ✓ Ünïcødé", "{flow: map}", "[flow, list]", "key: value",
            "$(rm -rf /); `id`", "a\r\nb", "ends with newline\n", "---", "...", "@at", "%percent", "|pipe", ">fold"
        };
        Topology t = Designs.parse(Designs.API_AND_DB + "connections: [{from: api, to: db, port: 5432}]\n");
        for (String text : texts) {
            Topology hostile = new Topology(text, text, t.zones(), t.services(), t.connections().stream()
                    .map(c -> new Connection(c.id(), c.from(), c.to(), c.port(), text, c.auth(), List.of(text),
                            c.location())).toList(), t.policy(), t.waivers(), t.layout());
            String yaml = TopologyWriter.toYaml(hostile);
            LoadResult back = TopologyReader.parse(yaml, "roundtrip.yaml");
            assertTrue(back.isValid(), () -> "unreadable after writing " + text + ":\n" + yaml + back.errors());
            assertEquals(text, back.topology().name());
            assertEquals(text, back.topology().connections().get(0).purpose());
            assertEquals(text, back.topology().connections().get(0).tags().get(0));
            assertEquals(yaml, TopologyWriter.toYaml(back.topology()), "second write differs for " + text);
        }
    }

    @Test
    void layoutIsKeptApartAndWholePositionsReadWithoutFraction() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                layout:
                  api: {x: 120, y: 40.25}
                """);
        String yaml = TopologyWriter.toYaml(t);
        assertTrue(yaml.endsWith("layout:\n  api:\n    x: 120\n    \"y\": 40.3\n"), yaml);
    }
}
