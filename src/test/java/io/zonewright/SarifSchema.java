package io.zonewright;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The SARIF 2.1.0 schema (bundled, see its NOTICE), for the tests of every SARIF report. */
public final class SarifSchema {

    private SarifSchema() {
    }

    /** What the schema finds wrong with a report; empty when it conforms. */
    public static Set<ValidationMessage> problems(JsonNode sarif) {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema).validate(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
