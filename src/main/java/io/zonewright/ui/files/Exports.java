package io.zonewright.ui.files;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.analysis.Report;
import io.zonewright.export.Export;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.OutputFolder;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.docs.SvgExport;
import io.zonewright.io.AtomicFiles;
import io.zonewright.io.LoadResult;
import io.zonewright.io.TopologyReader;
import io.zonewright.io.TopologyWriter;
import io.zonewright.layout.IconLibrary;
import io.zonewright.model.Topology;
import io.zonewright.report.AnalyzedFile;
import io.zonewright.report.MarkdownReport;
import io.zonewright.ui.common.Notices;
import io.zonewright.ui.diagram.DiagramView;
import io.zonewright.ui.diagram.Legend;
import io.zonewright.ui.document.Document;
import io.zonewright.ui.document.ExportSettings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

/**
 * The Export menu: what enforces and documents the design (the configuration targets, into a folder), the
 * diagram as PNG and SVG, the findings report as Markdown.
 */
public final class Exports {

    /** The PNG is twice the diagram's size: sharp on a high-density screen and on a projector. */
    private static final double PNG_SCALE = 2;

    private final Stage stage;
    private final Document document;
    private final DiagramView diagram;
    private final ReadOnlyObjectProperty<Report> report;
    private final Notices notices;
    private final Preferences preferences;
    private final Consumer<String> focus;

    public Exports(Stage stage, Document document, DiagramView diagram, ReadOnlyObjectProperty<Report> report, Notices notices,
            Preferences preferences, Consumer<String> focus) {
        this.stage = stage;
        this.document = document;
        this.diagram = diagram;
        this.report = report;
        this.notices = notices;
        this.preferences = preferences;
        this.focus = focus;
    }

    /** What an export made and what it did to its folder. */
    private record Done(List<TargetOutput> outputs, OutputFolder.Outcome outcome) {
    }

    /** The settings the design was last exported with, or the defaults. */
    public ExportSettings settings() {
        return ExportSettings.load(preferences, document.fileProperty().get());
    }

    /** File ▸ Export ▸ Configurations…: asks for targets and folder, remembers them, exports. */
    public void configurations() {
        ExportDialog.ask(stage, settings()).ifPresent(chosen -> {
            chosen.save(preferences, document.fileProperty().get());
            export(chosen);
        });
    }

    /** Exports the design as it is now, off the user-interface thread; the results open in a window. */
    void export(ExportSettings settings) {
        Topology design = document.topology();
        notices.show("Exporting into " + settings.folder() + "…");
        Task<Done> task = new Task<>() {
            @Override
            protected Done call() throws IOException {
                List<TargetOutput> outputs = Export.run(design, settings.targets(), settings.options(),
                        () -> Analyzer.analyze(design, AnalysisOptions.defaults()));
                List<GeneratedFile> files = new ArrayList<>();
                outputs.forEach(o -> files.addAll(o.files()));
                return new Done(outputs, new OutputFolder(settings.folder()).write(settings.targets(), files));
            }
        };
        task.setOnSucceeded(e -> {
            notices.hide();
            ExportResults.show(stage, settings.folder(), task.getValue().outputs(), task.getValue().outcome(), focus);
        });
        task.setOnFailed(e -> notices.show("Export failed, nothing changed in " + settings.folder() + ": "
                + task.getException().getMessage()));
        Thread thread = new Thread(task, "zonewright-export");
        thread.setDaemon(true);
        thread.start();
    }

    public void png() {
        choose("Export the diagram as PNG", "PNG image", "*.png").ifPresent(this::writePng);
    }

    public void svg() {
        choose("Export the diagram as SVG", "SVG image", "*.svg").ifPresent(this::writeSvg);
    }

    public void report() {
        choose("Export the findings report", "Markdown", "*.md").ifPresent(this::writeReport);
    }

    public void writePng(Path file) {
        WritableImage image = Legend.below(diagram.picture(PNG_SCALE), PNG_SCALE);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes);
            AtomicFiles.write(file, bytes.toByteArray());
            notices.show("Exported " + file.getFileName());
        } catch (IOException e) {
            notices.show("Export failed: " + e.getMessage());
        }
    }

    public void writeSvg(Path file) {
        write(file, SvgExport.render(document.topology(), IconLibrary::pathData, SvgExport.worstByTarget(report.get().findings())));
    }

    /**
     * Writes the findings report. Of a changed design it is the report of the file Save would write, read back
     * and analysed again: a while at thousands of services, so it is made off the FX thread, from the design as
     * it is now.
     */
    public CompletableFuture<Void> writeReport(Path file) {
        Path designFile = document.fileProperty().get();
        String name = designFile == null ? document.topology().name() : designFile.getFileName().toString();
        Topology topology = document.topology();
        Report live = report.get();
        boolean asOpened = !document.isDirty() && designFile != null;
        return CompletableFuture.runAsync(() -> write(file, MarkdownReport.render(List.of(
                new AnalyzedFile(name, asOpened ? live : reportOfSavedForm(topology, name, live))))));
    }

    /**
     * The findings with the lines the design's file has once saved: the live report's lines are those of
     * the file as it was opened, wrong for everything edited since and missing for new elements.
     */
    private static Report reportOfSavedForm(Topology topology, String name, Report live) {
        LoadResult saved = TopologyReader.parse(TopologyWriter.toYaml(topology), name);
        return saved.isValid() ? Analyzer.analyze(saved.topology(), AnalysisOptions.defaults()) : live;
    }

    /** Writes an export and says so, from whichever thread made it. */
    private void write(Path file, String text) {
        String said;
        try {
            AtomicFiles.writeString(file, text);
            said = "Exported " + file.getFileName();
        } catch (IOException e) {
            said = "Export failed: " + e.getMessage();
        }
        String notice = said;
        javafx.application.Platform.runLater(() -> notices.show(notice));
    }

    private java.util.Optional<Path> choose(String title, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File chosen = chooser.showSaveDialog(stage);
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }
}
