package org.stageboard.edit;

import org.stageboard.model.Board;

/** The board's interview prompt. */
public record SetPrompt(String prompt) implements BoardEdit {
    public Board apply(Board b) {
        return b.withPrompt(prompt);
    }

    public String descriptionKey() {
        return "edit.prompt";
    }

    public MergeKey mergeKey() {
        return MergeKey.of(MergeKey.Field.PROMPT, "");
    }
}
