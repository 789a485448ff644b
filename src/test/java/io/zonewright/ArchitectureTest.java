package io.zonewright;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layers honest: only the UI knows JavaFX, and arrows between layers run one way. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.zonewright");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.zonewright.ui..")
                .and().doNotHaveFullyQualifiedName("io.zonewright.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.zonewright.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonewright.io..", "io.zonewright.analysis..",
                        "io.zonewright.cli..", "io.zonewright.ui..", "io.zonewright.report..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotKnowTheCommandLineOrTheUi() {
        noClasses().that().resideInAnyPackage("io.zonewright.model..", "io.zonewright.io..", "io.zonewright.analysis..",
                        "io.zonewright.report..", "io.zonewright.flows..", "io.zonewright.export..", "io.zonewright.text..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonewright.cli..", "io.zonewright.ui..")
                .check(classes);
    }

    @Test
    void flowsAreReadByTheExportersAndKnowNothingOfThem() {
        noClasses().that().resideInAPackage("io.zonewright.flows..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonewright.export..", "io.zonewright.io..")
                .check(classes);
    }

    @Test
    void textSafetyDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.zonewright.text..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonewright.model..", "io.zonewright.analysis..",
                        "io.zonewright.io..", "io.zonewright.export..", "io.zonewright.flows..")
                .check(classes);
    }

    @Test
    void exportersArePureAndOnlyTheOutputFolderTouchesFiles() {
        noClasses().that().resideInAPackage("io.zonewright.export..")
                .and().haveNameNotMatching("io\\.zonewright\\.export\\.OutputFolder(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .check(classes);
    }

    @Test
    void analysisDoesNoFileIo() {
        noClasses().that().resideInAPackage("io.zonewright.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonewright.io..", "java.nio.file..")
                .check(classes);
    }

    /**
     * The window's rooms, each on those below it: shared widgets, then the open document and its edits, the
     * diagram and the panels, the file actions (open, export, import, audit, compare), review mode, and the
     * window that puts them together.
     */
    @Test
    void theRoomsOfTheWindowAreLayered() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("window").definedBy("io.zonewright.ui")
                .layer("review").definedBy("io.zonewright.ui.review..")
                .layer("files").definedBy("io.zonewright.ui.files..")
                .layer("panels").definedBy("io.zonewright.ui.panels..")
                .layer("diagram").definedBy("io.zonewright.ui.diagram..")
                .layer("document").definedBy("io.zonewright.ui.document..")
                .layer("common").definedBy("io.zonewright.ui.common..")
                .whereLayer("window").mayNotBeAccessedByAnyLayer()
                .whereLayer("review").mayOnlyBeAccessedByLayers("window")
                .whereLayer("files").mayOnlyBeAccessedByLayers("window", "review")
                .whereLayer("panels").mayOnlyBeAccessedByLayers("window", "review", "files")
                .whereLayer("diagram").mayOnlyBeAccessedByLayers("window", "review", "files")
                .whereLayer("document").mayOnlyBeAccessedByLayers("window", "review", "files", "panels", "diagram")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.zonewright.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDiagramsGeometryKnowsNothingOfTheAnalysis() {
        noClasses().that().resideInAPackage("io.zonewright.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonewright.analysis..")
                .orShould().dependOnClassesThat().resideInAnyPackage("io.zonewright.ui..", "io.zonewright.cli..")
                .check(classes);
    }

    @Test
    void theUiReadsTheAnalysisThroughItsReportNotItsInsides() {
        noClasses().that().resideInAPackage("io.zonewright.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.zonewright.analysis.AnalysisContext")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.zonewright.analysis.TopologyGraph")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsTheUi() {
        noClasses().that().resideInAPackage("io.zonewright.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.zonewright.ui..", "javafx..")
                .check(classes);
    }
}
