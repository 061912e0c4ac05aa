package org.stageboard.rehearsal.score;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A score per {@link Dimension}, each with its evidence; never a single opaque number. */
public record Scorecard(List<DimensionScore> scores) {
    public Scorecard {
        scores = List.copyOf(scores);
    }

    /** The level per dimension, for the history and the charts. */
    public Map<Dimension, Level> levels() {
        Map<Dimension, Level> out = new EnumMap<>(Dimension.class);
        for (DimensionScore s : scores) {
            out.put(s.dimension(), s.level());
        }
        return out;
    }

    public DimensionScore of(Dimension d) {
        return scores.stream().filter(s -> s.dimension() == d).findFirst().orElse(null);
    }
}
