package io.zonewright.ui;

import io.zonewright.analysis.Report;
import io.zonewright.io.AtomicFiles;
import io.zonewright.layout.IconLibrary;
import io.zonewright.layout.SvgExport;
import io.zonewright.report.AnalyzedFile;
import io.zonewright.report.MarkdownReport;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Export menu: the diagram as PNG and SVG, the findings report as Markdown. Firewall and policy
 * exporters plug in here as further items.
 */
final class Exports {

    private final Stage stage;
    private final Document document;
    private final DiagramView diagram;
    private final ReadOnlyObjectProperty<Report> report;
    private final Notices notices;

    Exports(Stage stage, Document document, DiagramView diagram, ReadOnlyObjectProperty<Report> report, Notices notices) {
        this.stage = stage;
        this.document = document;
        this.diagram = diagram;
        this.report = report;
        this.notices = notices;
    }

    void png() {
        choose("Export the diagram as PNG", "PNG image", "*.png").ifPresent(this::writePng);
    }

    void svg() {
        choose("Export the diagram as SVG", "SVG image", "*.svg").ifPresent(this::writeSvg);
    }

    void report() {
        choose("Export the findings report", "Markdown", "*.md").ifPresent(this::writeReport);
    }

    void writePng(Path file) {
        SnapshotParameters params = new SnapshotParameters();
        WritableImage image = diagram.snapshot(params, null);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes);
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export", ".png");
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            notices.show("Exported " + file.getFileName());
        } catch (IOException e) {
            notices.show("Export failed: " + e.getMessage());
        }
    }

    void writeSvg(Path file) {
        write(file, SvgExport.render(document.topology(), IconLibrary::pathData));
    }

    void writeReport(Path file) {
        String name = document.fileProperty().get() == null ? document.topology().name()
                : document.fileProperty().get().getFileName().toString();
        write(file, MarkdownReport.render(List.of(new AnalyzedFile(name, report.get()))));
    }

    private void write(Path file, String text) {
        try {
            AtomicFiles.writeString(file, text);
            notices.show("Exported " + file.getFileName());
        } catch (IOException e) {
            notices.show("Export failed: " + e.getMessage());
        }
    }

    private java.util.Optional<Path> choose(String title, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File chosen = chooser.showSaveDialog(stage);
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }
}
