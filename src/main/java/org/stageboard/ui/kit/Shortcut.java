package org.stageboard.ui.kit;

import javafx.scene.input.KeyCombination;
import org.stageboard.i18n.Messages;

/**
 * Every keyboard shortcut: the menus take their accelerators from here and Help > Shortcuts lists them,
 * so the two can never disagree. Entries without a combination are gestures or plain canvas keys.
 */
public enum Shortcut {
    NEW("Shortcut+N"),
    NEW_FROM_TEMPLATE("Shortcut+Shift+N"),
    OPEN("Shortcut+O"),
    SAVE("Shortcut+S"),
    SAVE_AS("Shortcut+Shift+S"),
    EXPORT("Shortcut+E"),
    UNDO("Shortcut+Z"),
    REDO("Shortcut+Shift+Z"),
    REDO_ALT("Shortcut+Y"),
    CUT("Shortcut+X"),
    COPY("Shortcut+C"),
    PASTE("Shortcut+V"),
    DUPLICATE("Shortcut+D"),
    SELECT_ALL("Shortcut+A"),
    ZOOM_IN("Shortcut+EQUALS"),
    ZOOM_OUT("Shortcut+MINUS"),
    ZOOM_ACTUAL("Shortcut+0"),
    ZOOM_FIT("Shortcut+1"),
    TOGGLE_GRID("Shortcut+G"),
    TOGGLE_SNAP("Shortcut+Shift+G"),
    TOGGLE_FINDINGS("Shortcut+Shift+F"),
    COMPARE("Shortcut+Shift+R"),
    REHEARSE("Shortcut+R"),
    PRESENTER("F5"),
    CUE_SHEET("Shortcut+Shift+I"),
    PROGRESS("Shortcut+Shift+P"),
    SHORTCUTS_HELP("F1"),
    QUIT("Shortcut+Q"),
    LASER(null, true),
    DELETE(null, true),
    NUDGE(null, true),
    NUDGE_FAR(null, true),
    EDIT_BOX(null, true),
    FINISH_EDIT(null, true),
    CANCEL(null, true),
    PAN(null, true),
    ZOOM_WHEEL(null, true),
    MULTI_SELECT(null, true),
    CONNECT(null, true),
    NEW_NOTE(null, true);

    private final String combination;
    private final boolean gesture;

    Shortcut(String combination) {
        this(combination, false);
    }

    Shortcut(String combination, boolean gesture) {
        this.combination = combination;
        this.gesture = gesture;
    }

    /** The accelerator, or null for a gesture. */
    public KeyCombination combination() {
        return combination == null ? null : KeyCombination.keyCombination(combination);
    }

    /** How the keys read in the shortcuts list, in this platform's notation. */
    public String keys() {
        return gesture ? Messages.get("shortcut." + key() + ".keys") : combination().getDisplayText();
    }

    public String description() {
        return Messages.get("shortcut." + key());
    }

    private String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
