package org.stageboard.ui.export;

import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/** The grey checks drawn behind a preview so transparent parts of an image read as transparent. */
final class Checkerboard {
    private static final int CELL = 8;

    private Checkerboard() {
    }

    static Background background() {
        WritableImage tile = new WritableImage(2 * CELL, 2 * CELL);
        Color light = Color.web("#ffffff");
        Color dark = Color.web("#d6d9dd");
        for (int y = 0; y < 2 * CELL; y++) {
            for (int x = 0; x < 2 * CELL; x++) {
                tile.getPixelWriter().setColor(x, y, (x / CELL + y / CELL) % 2 == 0 ? light : dark);
            }
        }
        ImagePattern pattern = new ImagePattern(tile, 0, 0, 2 * CELL, 2 * CELL, false);
        return new Background(new BackgroundFill(pattern, null, null));
    }

    /** The plain frame behind an opaque preview: neutral, so both white and dark images stand out from it. */
    static Background plain() {
        return new Background(new BackgroundFill(Color.web("#9aa1a9"), null, null));
    }
}
