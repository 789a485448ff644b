package io.zonewright.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningDesignTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheBundledSampleIsShown() {
        OpeningDesign.Opening opening = OpeningDesign.of(List.of());
        assertNull(opening.file());
        assertFalse(opening.opened());
        assertTrue(opening.shown().service("lb") != null, "the article sample, with its load balancer");
    }

    @Test
    void aDesignReadAheadIsTheOneOpened() throws Exception {
        Path design = Files.copy(Path.of("samples/three-zone-webapp.yaml"), dir.resolve("design.yaml"));
        OpeningDesign.readAhead(List.of(design.toString()));
        OpeningDesign.Opening opening = OpeningDesign.of(List.of(design.toString()));
        assertTrue(opening.opened());
        assertEquals(design, opening.file());
        assertSame(opening.given().topology(), opening.shown());
    }

    @Test
    void aBrokenFileLeavesTheSampleShownAndItsErrorsToReport() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "zones: [\n");
        OpeningDesign.readAhead(List.of(broken.toString()));
        OpeningDesign.Opening opening = OpeningDesign.of(List.of(broken.toString()));
        assertFalse(opening.opened());
        assertFalse(opening.given().errors().isEmpty());
        assertTrue(opening.shown().service("lb") != null, "the sample is shown under the error");
    }

    @Test
    void whatWasReadAheadForOtherArgumentsIsNotTaken() throws Exception {
        Path design = Files.copy(Path.of("samples/three-zone-webapp.yaml"), dir.resolve("other.yaml"));
        OpeningDesign.readAhead(List.of(design.toString()));
        OpeningDesign.Opening opening = OpeningDesign.of(List.of());
        assertNull(opening.file(), "read for the arguments the application was given");
    }
}
