package io.zonewright.ui.common;

import io.zonewright.Version;
import io.zonewright.analysis.DriftRules;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.analysis.Rules;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The Help menu (keyboard shortcuts, the rule catalogue, About) and the welcome a first start shows. The
 * shortcuts are read from the menus themselves, so the list cannot drift from what the keys do.
 */
public final class Help {

    /** Set once the welcome was dismissed: it is shown on first start only. */
    public static final String WELCOMED = "welcomed";

    private final Stage stage;
    private final Notices notices;
    private final Preferences preferences;

    public Help(Stage stage, Notices notices, Preferences preferences) {
        this.stage = stage;
        this.notices = notices;
        this.preferences = preferences;
    }

    /** A shortcut: what it does, the keys. */
    public record Shortcut(String action, String keys) {
    }

    public Menu menu(MenuBar bar) {
        MenuItem shortcuts = new MenuItem("_Keyboard Shortcuts");
        shortcuts.setOnAction(e -> table("Keyboard shortcuts", "help-shortcuts", shortcuts(bar),
                List.of(Columns.text("Action", Shortcut::action, 320), Columns.text("Keys", Shortcut::keys, 180))));
        MenuItem rules = new MenuItem("_Rule Catalogue");
        rules.setOnAction(e -> table("Rule catalogue", "help-rules", catalogue(), List.of(
                Columns.text("Rule", RuleDescription::id, 60), Columns.text("Severity", r -> r.severity().label(), 70),
                Columns.wrapping("Title", RuleDescription::title, 200), Columns.wrapping("Why", RuleDescription::rationale, 440),
                Columns.wrapping("Fix", RuleDescription::hint, 320))));
        MenuItem about = new MenuItem("_About Zonewright");
        about.setOnAction(e -> about());
        Menu menu = new Menu("_Help", null, shortcuts, rules, about);
        menu.setId("help-menu");
        return menu;
    }

    /** Every analysis rule and every kind of audit drift, as reports name them. */
    public static List<RuleDescription> catalogue() {
        List<RuleDescription> all = new ArrayList<>(Rules.described());
        all.addAll(DriftRules.ALL);
        return all;
    }

    /** The menu items that have an accelerator, menu by menu. */
    static List<Shortcut> shortcuts(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, strip(menu.getText()), out);
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            String name = path + " ▸ " + strip(item.getText());
            if (item instanceof Menu sub) {
                collect(sub, name, out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(name, item.getAccelerator().getDisplayText()));
            }
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.replace("_", "");
    }

    public void welcomeOnFirstStart() {
        if (!preferences.getBoolean(WELCOMED, false)) {
            notices.offer("Welcome to Zonewright. Drag a service from the palette onto a zone; connect services by "
                    + "dragging from a box's blue handle. Findings appear below as you draw; File ▸ Export writes the "
                    + "firewalls and policies that enforce the design.", "Got It",
                    () -> preferences.putBoolean(WELCOMED, true));
        }
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About Zonewright");
        alert.setHeaderText("Zonewright " + Version.number());
        alert.setContentText("A network topology editor: trust zones, the connections allowed between them, and what "
                + "breaks least privilege, found as you draw. Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?") + ".");
        alert.getDialogPane().setId("help-about");
        alert.show();
    }

    private <T> void table(String title, String id, List<T> rows, List<TableColumn<T, String>> columns) {
        Dialog<Void> dialog = Dialogs.create(stage, id, title, null);
        TableView<T> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(columns.stream().mapToDouble(TableColumn::getPrefWidth).sum() + 20, 560);
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }
}
