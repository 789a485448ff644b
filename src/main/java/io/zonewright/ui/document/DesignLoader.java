package io.zonewright.ui.document;

import io.zonewright.io.Diagnostic;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Reads designs for the editor: files chosen by the user, and the sample bundled in the jar. */
public final class DesignLoader {

    static final String BUNDLED_SAMPLE = "three-zone-webapp.yaml";

    private DesignLoader() {
    }

    public static LoadResult bundledSample() {
        try (InputStream in = DesignLoader.class.getResourceAsStream("/io/zonewright/samples/" + BUNDLED_SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample is missing from the jar");
            }
            return TopologyReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED_SAMPLE);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled sample cannot be read", e);
        }
    }

    /** The problems of a file as the error dialog shows them, one per line, at most twenty. */
    public static String describe(LoadResult result) {
        String shown = result.errors().stream().limit(20).map(Diagnostic::toString).collect(Collectors.joining("\n"));
        int hidden = result.errors().size() - 20;
        return hidden > 0 ? shown + "\n… and " + hidden + " more" : shown;
    }
}
