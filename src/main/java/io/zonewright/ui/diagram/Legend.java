package io.zonewright.ui.diagram;

import io.zonewright.ui.common.Styles;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;

/** What the diagram's colours and labels mean: beside it in review mode, below it in an exported picture. */
public final class Legend {

    private Legend() {
    }

    /** One line of a legend: a swatch in the colour of a style class, and what it means. */
    public static HBox line(String swatchClass, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchClass);
        return new HBox(6, swatch, new Label(text));
    }

    /** The picture with the legend of findings' colours and port labels below it, drawn at the same scale. */
    public static WritableImage below(Image picture, double scale) {
        HBox legend = new HBox(24, line("legend-violation", "critical or high finding"),
                line("legend-warning", "medium finding"), new Label("ports are TCP unless marked"));
        legend.getStyleClass().add("legend");
        Styles.apply(new Scene(legend).getStylesheets());
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage key = legend.snapshot(parameters, null);
        int width = (int) Math.max(picture.getWidth(), key.getWidth());
        int pictureHeight = (int) picture.getHeight();
        WritableImage out = new WritableImage(width, pictureHeight + (int) key.getHeight());
        PixelWriter pixels = out.getPixelWriter();
        // Both snapshots are drawn on white; only what neither covers is filled.
        pixels.setPixels(0, 0, (int) picture.getWidth(), pictureHeight, picture.getPixelReader(), 0, 0);
        pixels.setPixels(0, pictureHeight, (int) key.getWidth(), (int) key.getHeight(), key.getPixelReader(), 0, 0);
        fillWhite(pixels, (int) picture.getWidth(), 0, width, pictureHeight);
        fillWhite(pixels, (int) key.getWidth(), pictureHeight, width, (int) out.getHeight());
        return out;
    }

    private static void fillWhite(PixelWriter pixels, int fromX, int fromY, int toX, int toY) {
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                pixels.setArgb(x, y, 0xffffffff);
            }
        }
    }
}
