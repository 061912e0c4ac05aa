package org.stageboard.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The stages of an ML system design answer, in interview order, plus free notes. */
public enum Stage {
    REQUIREMENTS, FRAMING, DATA, FEATURES, MODEL, EVALUATION, SERVING, MONITORING, NOTE;

    private static final List<Stage> PIPELINE = List.of(
            REQUIREMENTS, FRAMING, DATA, FEATURES, MODEL, EVALUATION, SERVING, MONITORING);

    /** The name used in files, on the command line and in resource-bundle keys. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the eight interview stages; false for {@link #NOTE}. */
    public boolean isPipeline() {
        return this != NOTE;
    }

    /** The eight interview stages in the order an answer walks through them. */
    public static List<Stage> pipeline() {
        return PIPELINE;
    }

    public static Optional<Stage> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Stage s : values()) {
            if (s.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
