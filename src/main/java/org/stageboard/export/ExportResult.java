package org.stageboard.export;

import javafx.scene.image.WritableImage;
import org.stageboard.model.Rect;

/**
 * A rendered board image.
 *
 * @param image   the pixels, {@code width} x {@code height}
 * @param scale   image pixels per board unit actually used (below the requested scale when scaled down)
 * @param content the exported area in board units: the boxes and arrow labels, without padding
 * @param tiles   how many snapshots were stitched together
 * @param warning a one-line note for the user (the image was scaled down), or null
 */
public record ExportResult(WritableImage image, int width, int height, double scale, Rect content, int tiles,
                           String warning) {

    public boolean hasWarning() {
        return warning != null && !warning.isEmpty();
    }
}
