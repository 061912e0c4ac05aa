package org.stageboard.rehearsal.score;

import java.util.Objects;

/**
 * One line of a scorecard.
 *
 * @param evidence one sentence naming what the board, the log or the checker showed
 * @param stronger one sentence on what a stronger answer does (pointing at the reference answer where there is one)
 */
public record DimensionScore(Dimension dimension, Level level, String evidence, String stronger) {
    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(level, "level");
        evidence = evidence == null ? "" : evidence;
        stronger = stronger == null ? "" : stronger;
    }
}
