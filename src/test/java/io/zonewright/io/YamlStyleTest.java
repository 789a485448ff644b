package io.zonewright.io;

import io.zonewright.Designs;
import io.zonewright.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that some YAML reader takes for something else stays quoted; everything else stays plain. */
class YamlStyleTest {

    /** Every kind of YAML 1.1 and 1.2 implicit scalar: booleans, nulls, ints, floats, timestamps, merge and value keys. */
    @ParameterizedTest
    @ValueSource(strings = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "NO", "true", "True", "TRUE", "false", "FALSE",
            "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "0", "12", "-3", "+4", "0b1010", "0o17",
            "017", "0x1F", "0xff_ff", "1_000", "1:20", "190:20:30", "1.5", "-.5", ".5", "1e3", "1E-3", "1.0e+3", "6.8523015e+5",
            "1_000.5", "190:20:30.15", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "2026-01-31", "2001-12-14t21:59:43.10-05:00",
            "2001-12-14 21:59:43.10 -5", "<<", "="})
    void specialScalarsAreQuotedAndReadBackAsText(String text) {
        assertTrue(YamlStyle.misreadPlain(text), text);
        Topology t = Designs.parse(Designs.ZONES.replace("- {id: app, role: application, trust: 20, addresses: [10.0.2.0/24]}",
                "- {id: app, name: '" + text + "', role: application, trust: 20, addresses: [10.0.2.0/24]}"));
        String yaml = TopologyWriter.toYaml(t);
        assertTrue(yaml.contains("name: \"" + text + "\"") || yaml.contains("name: '" + text + "'"), yaml);
        assertEquals(text, TopologyReader.parse(yaml, "again.yaml").topology().zone("app").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.1.20", "10.0.0.0/8", "2001:db8::1", "fd00:3::/64", "443/tcp", "8000-8090/tcp", "api",
            "Load balancer", "api->db:5432/tcp", "yesterday", "nothing", "0x", "1.2.3", "v1.0", "2026-1-x"})
    void everythingElseStaysPlain(String text) {
        assertFalse(YamlStyle.misreadPlain(text), text);
    }
}
