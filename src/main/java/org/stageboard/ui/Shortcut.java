package org.stageboard.ui;

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
    DELETE(null, "Delete / Backspace"),
    NUDGE(null, "\u2190 \u2191 \u2192 \u2193"),
    NUDGE_FAR(null, "Shift + \u2190 \u2191 \u2192 \u2193"),
    EDIT_BOX(null, "Enter / F2 / double-click"),
    FINISH_EDIT(null, "Ctrl+Enter"),
    CANCEL(null, "Esc"),
    PAN(null, "Space + drag / middle drag / scroll"),
    ZOOM_WHEEL(null, "Ctrl + scroll"),
    MULTI_SELECT(null, "Shift + click / drag on empty board"),
    CONNECT(null, "drag from a box's blue dot to another box"),
    NEW_NOTE(null, "double-click on empty board");

    private final String combination;
    private final String display;

    Shortcut(String combination) {
        this(combination, null);
    }

    Shortcut(String combination, String display) {
        this.combination = combination;
        this.display = display;
    }

    /** The accelerator, or null for a gesture. */
    public KeyCombination combination() {
        return combination == null ? null : KeyCombination.keyCombination(combination);
    }

    /** How the keys read in the shortcuts list, in this platform's notation. */
    public String keys() {
        return display != null ? display : combination().getDisplayText();
    }

    public String description() {
        return Messages.get("shortcut." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
