package org.stageboard.check.tradeoff;

import java.util.regex.Pattern;

/**
 * "to" and "from" name an option only beside a verb of preferring or switching, and which option depends on the
 * order: "prefer X to Y", "switched to X from Y" (X chosen); "switched from Y to X" (Y left).
 */
final class SwitchCues {
    private static final Pattern SWITCHED_TO = Pattern.compile("\\b(?:switch\\w*|mov\\w+|migrat\\w+) to\\b");
    private static final Pattern SWITCHED_FROM = Pattern.compile("\\b(?:switch\\w*|mov\\w+|migrat\\w+|away)\\s*$");

    private SwitchCues() {
    }

    /** The kind "to" or "from" ({@code cue}, at {@code start} of {@code s}) has in its clause, or null: no option. */
    static CueKind kindOf(String cue, String s, int start) {
        String before = s.substring(Math.max(0, start - 50), start);
        int stop = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')), before.lastIndexOf('\n'));
        before = before.substring(stop + 1);
        if (cue.equals("to")) {
            if (before.contains("prefer")) {
                return CueKind.PREFER;
            }
            if (before.contains(" from ") || before.contains("switched from") || before.contains("moved from")
                    || before.contains("migrated from") || before.contains("moving from")) {
                return CueKind.LOSES;
            }
            return null;
        }
        if (SWITCHED_TO.matcher(before).find()) {
            return CueKind.PREFER; // "switched to X from Y"
        }
        return SWITCHED_FROM.matcher(before).find() ? CueKind.REJECT : null;
    }
}
