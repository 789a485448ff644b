package io.zonewright.ui.diagram;

import io.zonewright.analysis.Severity;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** Findings show on diagram elements as CSS pseudo-classes, never as inline styles. */
public final class FindingStyles {

    /** Critical and high findings turn an element red; medium ones amber; low and info leave it be. */
    public static final PseudoClass VIOLATION = PseudoClass.getPseudoClass("violation");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private FindingStyles() {
    }

    static void apply(Node node, Severity worst) {
        boolean red = worst != null && worst.atLeast(Severity.HIGH);
        boolean amber = worst == Severity.MEDIUM;
        node.pseudoClassStateChanged(VIOLATION, red);
        node.pseudoClassStateChanged(WARNING, amber);
    }
}
