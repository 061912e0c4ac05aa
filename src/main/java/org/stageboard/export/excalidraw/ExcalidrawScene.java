package org.stageboard.export.excalidraw;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An {@code .excalidraw} file: {@code {"type": "excalidraw", "version": 2, "source", "elements", "appState",
 * "files"}}. Fields Stageboard does not use are ignored when reading, and Excalidraw fills in defaults for the
 * optional element fields it leaves out when writing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExcalidrawScene(String type, Integer version, String source, List<Element> elements,
                              Map<String, Object> appState, Map<String, Object> files) {

    /** One drawn element: a shape, a text, an arrow, a line, an image... (the fields its type uses are set). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Element(String id, String type, Double x, Double y, Double width, Double height, Double angle,
                          String strokeColor, String backgroundColor, String fillStyle, Double strokeWidth,
                          String strokeStyle, Integer roughness, Integer opacity, List<String> groupIds,
                          Roundness roundness, Long seed, Integer version, Long versionNonce, Boolean isDeleted,
                          List<Bound> boundElements, Boolean locked,
                          // text
                          String text, Double fontSize, Integer fontFamily, String textAlign, String verticalAlign,
                          String containerId, String originalText, Double lineHeight, Boolean autoResize,
                          // linear elements (arrows, lines)
                          List<double[]> points, Binding startBinding, Binding endBinding, String startArrowhead,
                          String endArrowhead,
                          CustomData customData) {

        public boolean deleted() {
            return Boolean.TRUE.equals(isDeleted);
        }

        public double xOr0() {
            return x == null ? 0 : x;
        }

        public double yOr0() {
            return y == null ? 0 : y;
        }

        public double widthOr0() {
            return width == null ? 0 : Math.abs(width);
        }

        public double heightOr0() {
            return height == null ? 0 : Math.abs(height);
        }

        /** The text as typed: Excalidraw keeps the unwrapped text in {@code originalText}. */
        public String fullText() {
            return originalText != null && !originalText.isEmpty() ? originalText : text == null ? "" : text;
        }
    }

    /** Rounded corners: Excalidraw's "adaptive radius" is type 3. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Roundness(Integer type) {
    }

    /** A text or arrow attached to a shape, listed on the shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bound(String id, String type) {
    }

    /** Which shape an arrow end is attached to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Binding(String elementId, Double focus, Double gap) {
    }

    /** Excalidraw keeps {@code customData} as it is; Stageboard puts what the drawing cannot show under one key. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomData(StageboardData stageboard) {
    }

    /**
     * The Stageboard side of an element: for a box its stage, id and fields (so a round trip keeps them exactly),
     * for an arrow its id, for the title text the board's title and prompt.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StageboardData(String role, String id, String stage, String title, String text, String hint,
                                 List<TradeOffData> tradeoffs, String prompt, String templateId, String profile) {
    }

    /** A trade-off as stored in custom data. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TradeOffData(String choice, List<String> over, String because) {
    }
}
