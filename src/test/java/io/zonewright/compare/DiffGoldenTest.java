package io.zonewright.compare;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.report.DiffFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden diffs: pairs of designs under {@code src/test/resources/diff}, each with the text and Markdown the
 * review gets. {@code every-kind} changes a zone, a service and a connection in every way there is, the
 * policy and the waivers. After a deliberate change, run with {@code -Dgolden.update=true} and review the diff.
 */
class DiffGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/diff");
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withToday(LocalDate.of(2026, 12, 1));

    private static LoadResult read(Path file) {
        LoadResult loaded = TopologyReader.read(file);
        assertTrue(loaded.isValid(), () -> loaded.errors().toString());
        return loaded;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"every-kind"})
    void thePairDiffsExactlyAsItsGoldenFiles(String name) throws IOException {
        Path folder = CASES.resolve(name);
        DesignDiff diff = DesignDiff.of(read(folder.resolve("old.yaml")).topology(), read(folder.resolve("new.yaml")).topology(), OPTIONS);
        for (DiffFormat format : new DiffFormat[] {DiffFormat.TEXT, DiffFormat.MARKDOWN}) {
            String made = format.render("old.yaml", "new.yaml", diff);
            Path golden = folder.resolve(format == DiffFormat.TEXT ? "expected.txt" : "expected.md");
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, made, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), made, golden.toString());
        }
    }
}
