package org.stageboard.ui.kit;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;

/**
 * The look of the controls: AtlantaFX's Primer theme, light or dark, for every window of the app. Stageboard's own
 * panels ({@code app.css}) follow through the root style class {@code dark}; the board keeps its stage colours
 * in both.
 */
public enum Theme {
    LIGHT, DARK;

    private static final String DARK_CLASS = "dark";
    private static Theme current = LIGHT;

    /** Makes this the look of every window, open or opened later. */
    public void apply() {
        current = this;
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static Theme current() {
        return current;
    }

    /** Marks a window's root for the app's own stylesheet (panels, status bar, hints). */
    public void styleRoot(Parent root) {
        root.getStyleClass().remove(DARK_CLASS);
        if (this == DARK) {
            root.getStyleClass().add(DARK_CLASS);
        }
    }

    /** The settings value for this theme. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a settings value names; empty for a missing or unknown value. */
    public static Optional<Theme> fromKey(String key) {
        for (Theme t : values()) {
            if (t.key().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
