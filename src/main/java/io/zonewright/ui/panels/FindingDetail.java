package io.zonewright.ui.panels;

import io.zonewright.analysis.Finding;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.model.Waiver;
import io.zonewright.text.Visible;
import io.zonewright.ui.common.Help;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything about the finding chosen in the findings table: the whole message, why the rule exists, how to
 * fix it, the elements and the path by name, and the waiver that silences it.
 */
public final class FindingDetail extends ScrollPane {

    private final Map<String, RuleDescription> rules = Help.catalogue().stream()
            .collect(Collectors.toMap(RuleDescription::id, r -> r));
    private final Function<String, String> nameOf;
    private final VBox content = new VBox(6);

    /** {@code nameOf} names an element (service, connection or zone) by its id, as the design shows it. */
    public FindingDetail(Function<String, String> nameOf) {
        this.nameOf = nameOf;
        setId("finding-detail");
        getStyleClass().add("finding-detail");
        setFitToWidth(true);
        content.getStyleClass().add("finding-detail-content");
        setContent(content);
        show(null, null);
    }

    /** Shows a finding (and its waiver, when it is a waived one), or a hint when none is chosen. */
    public void show(Finding finding, Waiver waiver) {
        content.getChildren().clear();
        if (finding == null) {
            content.getChildren().add(wrapped("Choose a finding to see why it matters and how to fix it.", "finding-detail-empty"));
            return;
        }
        RuleDescription rule = rules.get(finding.rule());
        content.getChildren().add(wrapped(finding.rule() + " · " + finding.severity().label()
                + (rule == null ? "" : " · " + rule.title()), "finding-detail-title"));
        content.getChildren().add(wrapped(Visible.of(finding.message()), "finding-detail-message"));
        if (waiver != null) {
            content.getChildren().add(section("Waived", "by " + Visible.of(waiver.owner()) + " until " + waiver.expires()
                    + ": " + Visible.of(waiver.reason())));
        }
        if (rule != null) {
            content.getChildren().add(section("Why it matters", rule.rationale()));
        }
        String fix = finding.hint() != null && !finding.hint().isBlank() ? finding.hint() : rule == null ? null : rule.hint();
        if (fix != null) {
            content.getChildren().add(section("How to fix it", Visible.of(fix)));
        }
        if (!finding.elements().isEmpty()) {
            content.getChildren().add(section("Elements", names(finding.elements(), ", ")));
        }
        if (!finding.path().isEmpty()) {
            content.getChildren().add(section("Path", names(finding.path(), " → ")));
        }
    }

    private String names(List<String> ids, String separator) {
        return ids.stream().map(id -> Visible.of(nameOf.apply(id))).collect(Collectors.joining(separator));
    }

    private static VBox section(String heading, String text) {
        VBox box = new VBox(2, wrapped(heading, "finding-detail-heading"), wrapped(text, "finding-detail-text"));
        box.getStyleClass().add("finding-detail-section");
        return box;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
