package io.zonewright.ui;

import io.zonewright.Designs;
import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.analysis.Report;
import io.zonewright.model.Topology;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.document.LiveAnalysis;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A failed analysis is said, keeps the last findings, and the next edit analyses afresh. */
@ExtendWith(ApplicationExtension.class)
class LiveAnalysisTest {

    @Start
    void start(Stage stage) {
        // The toolkit runs; the analysis needs no window.
    }

    @Test
    void aFailedRunIsReportedAndTheNextOneClearsIt(FxRobot robot) throws Exception {
        Topology good = Designs.load(Designs.ARTICLE);
        Topology bad = Designs.load(Designs.FLAWED);
        Document document = new Document(good, null);
        LiveAnalysis analysis = new LiveAnalysis(document, t -> {
            if (t == bad) {
                throw new IllegalStateException("a rule broke");
            }
            return Analyzer.analyze(t, AnalysisOptions.defaults());
        });
        FxWait.until(() -> !analysis.reportProperty().get().findings().isEmpty());
        Report before = analysis.reportProperty().get();
        robot.interact(() -> document.edit(bad));
        FxWait.until(() -> analysis.failureProperty().get() != null);
        assertSame(before, analysis.reportProperty().get(), "the findings from before stay shown");
        robot.interact(() -> document.edit(Designs.load(Designs.ARTICLE)));
        FxWait.until(() -> analysis.failureProperty().get() == null);
        assertNull(analysis.failureProperty().get());
        assertFalse(analysis.reportProperty().get() == before);
        analysis.close();
    }
}
