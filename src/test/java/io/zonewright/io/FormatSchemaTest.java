package io.zonewright.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schema shipped in the jar describes exactly the format the reader accepts. */
class FormatSchemaTest {

    private static final String SCHEMA = "/io/zonewright/io/zonewright-1.schema.json";

    private static JsonNode schemaNode() throws IOException {
        try (InputStream in = FormatSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "the schema is packaged as a resource");
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<ValidationMessage> validate(JsonNode document) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode());
        return schema.validate(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/three-zone-webapp.yaml", "samples/kubernetes-shop.yaml", "samples/flawed-design.yaml"})
    void samplesConformToTheSchema(String sample) throws IOException {
        JsonNode doc = new YAMLMapper().readTree(Path.of(sample).toFile());
        assertEquals(Set.of(), validate(doc));
    }

    @Test
    void schemaRefusesUnknownKeys() throws IOException {
        JsonNode doc = new YAMLMapper().readTree("zonewright: 1\nservices: [{id: a, zone: z, kind: api, colour: red}]\n");
        assertFalse(validate(doc).isEmpty());
    }

    @Test
    void schemaKeysAreTheReaderKeys() throws IOException {
        JsonNode schema = schemaNode();
        assertEquals(TopologyReader.TOP_KEYS, keys(schema.get("properties")));
        JsonNode defs = schema.get("definitions");
        assertEquals(TopologyReader.ZONE_KEYS, keys(defs.at("/zone/properties")));
        assertEquals(TopologyReader.SERVICE_KEYS, keys(defs.at("/service/properties")));
        assertEquals(TopologyReader.KUBERNETES_KEYS, keys(defs.at("/service/properties/kubernetes/properties")));
        assertEquals(TopologyReader.CONNECTION_KEYS, keys(defs.at("/connection/properties")));
        assertEquals(TopologyReader.POLICY_KEYS, keys(defs.at("/policyRule/properties")));
        assertEquals(TopologyReader.WAIVER_KEYS, keys(defs.at("/waiver/properties")));
        assertEquals(TopologyReader.POSITION_KEYS, keys(defs.at("/position/properties")));
    }

    @Test
    void readmeDocumentsEveryField() throws IOException {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        List<String> undocumented = new ArrayList<>();
        for (Set<String> keys : List.of(TopologyReader.TOP_KEYS, TopologyReader.ZONE_KEYS, TopologyReader.SERVICE_KEYS,
                TopologyReader.CONNECTION_KEYS, TopologyReader.POLICY_KEYS, TopologyReader.WAIVER_KEYS)) {
            keys.stream().filter(k -> !readme.contains("`" + k + "`")).forEach(undocumented::add);
        }
        assertTrue(undocumented.isEmpty(), "README does not document: " + undocumented);
    }

    private static Set<String> keys(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
