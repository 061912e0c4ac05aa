package org.stageboard.rehearsal.score;

/** The four-level scale every dimension is scored on; {@link #points()} is what charts plot. */
public enum Level {
    MISSING(1), PARTIAL(2), SOLID(3), STRONG(4);

    private final int points;

    Level(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public static Level ofPoints(int points) {
        for (Level l : values()) {
            if (l.points == points) {
                return l;
            }
        }
        throw new IllegalArgumentException("no level with " + points + " points");
    }
}
