package io.zonewright.ui;

import io.zonewright.GeneratedTopologies;
import io.zonewright.analysis.EndpointResolver;
import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.io.RecoveryStore;
import io.zonewright.layout.ConnectionRoute;
import io.zonewright.layout.DiagramLayout;
import io.zonewright.layout.Routing;
import io.zonewright.model.Position;
import io.zonewright.model.Service;
import io.zonewright.model.Topology;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.document.Document;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A design of hundreds of connections is routed off the FX thread: an edit shows at once, with straight
 * arrows where the routes must be found again, and the routed arrows follow.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundRoutingTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final Topology design = GeneratedTopologies.generate(150, DiagramView.ROUTED_IN_BACKGROUND_FROM + 100, 9);

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new Document(design, null), new RecoveryStore(dir));
        window.show();
    }

    /** The routing of a design, taken over from the routing of the version before, as the editor does. */
    private static Routing routing(Topology t, Routing before) {
        return Routing.of(t, DiagramLayout.of(t, true, EndpointResolver.zoneIds(t)), before);
    }

    @Test
    void anEditShowsAtOnceAndItsArrowsAreRoutedAfter(FxRobot robot) throws Exception {
        Routing opened = routing(design, null);
        FxWait.until(() -> window.diagram().routes().equals(opened.routes()));
        Service moved = design.services().get(0);
        Placement far = new Placement(moved.zone(), new Position(2400, 40));
        List<List<ConnectionRoute>> right = new java.util.ArrayList<>();
        robot.interact(() -> {
            window.actions().moveServices(Map.of(moved.id(), far));
            right.add(window.diagram().routes());
        });
        Topology after = window.document().topology();
        List<ConnectionRoute> routed = routing(after, opened).routes();
        assertNotEquals(routed, right.get(0), "right after the edit the arrows are provisional: the FX thread did not route them");
        assertTrue(right.get(0).size() == routed.size(), "every arrow is drawn meanwhile");
        FxWait.until(() -> window.diagram().routes().equals(routed));
    }
}
