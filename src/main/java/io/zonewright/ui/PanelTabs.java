package io.zonewright.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Tabs of the panels that come and go with what they show (an audit, a comparison). */
final class PanelTabs {

    private PanelTabs() {
    }

    /** Adds the tab if it is not there, and brings it to the front. */
    static void show(TabPane panels, Tab tab) {
        if (!panels.getTabs().contains(tab)) {
            panels.getTabs().add(tab);
        }
        panels.getSelectionModel().select(tab);
    }

    /** Takes the tab away; when it was in front, the first tab (the findings) takes its place. */
    static void remove(TabPane panels, Tab tab) {
        if (tab.isSelected()) {
            panels.getSelectionModel().selectFirst();
        }
        panels.getTabs().remove(tab);
    }
}
