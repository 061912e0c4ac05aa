package org.stageboard.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;

/**
 * The board file's JSON, as records Jackson binds and writes: the one definition of how boards, boxes and arrows
 * look as JSON, for the board file and for what embeds them (the rehearsal session log). Binding checks only the
 * kind of each value; {@link BoardReader} checks the rest and builds the model. Every field is a reference type,
 * so a missing one arrives as null and is reported by name; optional text absent or empty is left out on writing.
 * Unknown fields are ignored (a file from a later minor addition still opens), and skipped while parsing: without
 * {@code ignoreUnknown} Jackson would buffer them for a record, costing memory a hostile file controls.
 */
public final class BoardJson {
    private BoardJson() {
    }

    /** Just the format and version: read first, because a newer file may differ in any other way. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Header(String format, Long version) {
    }

    /** A whole board file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"format", "version", "title", "prompt", "templateId", "profile", "language", "nodes", "edges"})
    public record File(String format, Long version, String title, String prompt, String templateId, String profile,
            String language, List<Box> nodes, List<Arrow> edges) {

        /** The board as its file holds it, this version's format and version first. */
        public static File of(Board b) {
            return new File(BoardCodec.FORMAT, (long) BoardCodec.FORMAT_VERSION, b.title(), optional(b.prompt()),
                    optional(b.templateId()), optional(b.profile()), optional(b.language()),
                    b.nodes().stream().map(Box::of).toList(), b.edges().stream().map(Arrow::of).toList());
        }
    }

    /** One box; width and height may be left out for the default size. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "stage", "title", "text", "hint", "tradeoffs", "x", "y", "width", "height"})
    public record Box(String id, String stage, String title, String text, String hint, List<Choice> tradeoffs,
            @JsonSerialize(using = PlainNumber.class) Double x, @JsonSerialize(using = PlainNumber.class) Double y,
            @JsonSerialize(using = PlainNumber.class) Double width,
            @JsonSerialize(using = PlainNumber.class) Double height) {

        public static Box of(Node n) {
            return new Box(n.id(), n.stage().id(), n.title(), n.text(), optional(n.hint()),
                    n.tradeoffs().stream().map(Choice::of).toList(), n.x(), n.y(), n.width(), n.height());
        }
    }

    /** One trade-off of a box: the choice, what it was chosen over, and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"choice", "over", "because"})
    public record Choice(String choice, List<String> over, String because) {
        static Choice of(TradeOff t) {
            return new Choice(t.choice(), t.over(), t.because());
        }
    }

    /** One arrow between two boxes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "from", "to", "label"})
    public record Arrow(String id, String from, String to, String label) {
        public static Arrow of(Edge e) {
            return new Arrow(e.id(), e.from(), e.to(), optional(e.label()));
        }
    }

    private static String optional(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Whole numbers without ".0" (boxes mostly sit on a grid); -0.0 keeps its sign so a round trip is exact. */
    static final class PlainNumber extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        PlainNumber() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value;
            boolean negativeZero = v == 0 && Double.doubleToRawLongBits(v) != 0;
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
