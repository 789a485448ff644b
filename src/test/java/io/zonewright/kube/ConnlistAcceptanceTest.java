package io.zonewright.kube;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * np-guard/netpol-analyzer's own cases (see NOTICE beside them): the connectivity list of each case's
 * objects is, line for line, the list that project expects. More cases of the same layout are read from
 * the folder named by the system property {@code zonewright.netpol.cases} when it is set.
 */
class ConnlistAcceptanceTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path bundled = Path.of(ConnlistAcceptanceTest.class.getResource("/netpol-analyzer").toURI());
        Stream<Path> more = System.getProperty("zonewright.netpol.cases") == null ? Stream.empty()
                : Files.list(Path.of(System.getProperty("zonewright.netpol.cases")));
        return Stream.concat(Files.list(bundled), more)
                .filter(dir -> Files.isRegularFile(dir.resolve("expected-connlist.txt")))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void listsWhatNetpolAnalyzerLists(Path caseFolder) throws IOException {
        Manifests manifests = Manifests.read(List.of(caseFolder.resolve("input")));
        String actual = ConnlistFormat.TXT.render(Connectivity.of(manifests));
        String expected = Files.readString(caseFolder.resolve("expected-connlist.txt"));
        assertEquals(expected.strip(), actual.strip());
        assertTrue(manifests.problems().isEmpty(), () -> manifests.problems().all().toString());
    }
}
