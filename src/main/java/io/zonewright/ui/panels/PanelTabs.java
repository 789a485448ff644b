package io.zonewright.ui.panels;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.function.Supplier;

/** Tabs of the panels: those that come and go with what they show (an audit, a comparison), and those made when first shown. */
public final class PanelTabs {

    private PanelTabs() {
    }

    /**
     * Gives the tab its content the first time it is in front. A start then styles and lays out only the
     * panel shown, which is much of what the first frame costs; the content itself is made and kept up to
     * date from the start.
     */
    public static Tab contentWhenShown(Tab tab, Node content) {
        return contentWhenShown(tab, () -> content);
    }

    /** Makes the tab's content the first time it is in front: a panel that keeps itself up to date from then on. */
    public static Tab contentWhenShown(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return tab;
        }
        tab.selectedProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }

    /** Adds the tab if it is not there, and brings it to the front. */
    public static void show(TabPane panels, Tab tab) {
        if (!panels.getTabs().contains(tab)) {
            panels.getTabs().add(tab);
        }
        panels.getSelectionModel().select(tab);
    }

    /** Takes the tab away; when it was in front, the first tab (the findings) takes its place. */
    public static void remove(TabPane panels, Tab tab) {
        if (tab.isSelected()) {
            panels.getSelectionModel().selectFirst();
        }
        panels.getTabs().remove(tab);
    }
}
