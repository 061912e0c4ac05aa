package org.stageboard.ui.findings;

import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.stageboard.check.Severity;
import org.stageboard.i18n.Messages;

/** The icon and colour of each severity, in one place so the findings list and other views agree. */
final class SeverityStyle {
    private SeverityStyle() {
    }

    static Color color(Severity s) {
        return switch (s) {
            case ERROR -> Color.web("#c62828");
            case WARNING -> Color.web("#e65100");
            case INFO -> Color.web("#1565c0");
        };
    }

    static String glyph(Severity s) {
        return switch (s) {
            case ERROR -> "\u25CF"; // filled circle
            case WARNING -> "\u25B2"; // triangle
            case INFO -> "\u2139"; // information sign
        };
    }

    /** A coloured icon whose accessible text names the severity for screen readers. */
    static Label icon(Severity s) {
        Label l = new Label(glyph(s));
        l.setTextFill(color(s));
        l.setMinWidth(18);
        l.setAccessibleText(Messages.get("check.severity." + s.id()));
        l.getStyleClass().add("severity-" + s.id());
        return l;
    }
}
