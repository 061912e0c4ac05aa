package org.stageboard.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/** The shipped checker profiles, and how a board picks one. */
public final class Profiles {
    /** The decision stages the domain brief names: data, model and serving. */
    public static final List<Stage> DEFAULT_DECISIONS = List.of(Stage.DATA, Stage.MODEL, Stage.SERVING);

    /** All eight stages: requirements and framing come first in every interview framework. */
    public static final Profile DEFAULT = new Profile("default", Stage.pipeline(), DEFAULT_DECISIONS);

    /** The design card's minimum: data, features, model, evaluation, serving and monitoring. */
    public static final Profile CORE = new Profile("core",
            List.of(Stage.DATA, Stage.FEATURES, Stage.MODEL, Stage.EVALUATION, Stage.SERVING, Stage.MONITORING),
            DEFAULT_DECISIONS);

    private static final List<Profile> ALL = List.of(DEFAULT, CORE);

    private Profiles() {
    }

    public static List<Profile> all() {
        return ALL;
    }

    /** The profile with this name (case-insensitive), if there is one. */
    public static Optional<Profile> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }

    /** The board's own profile, or {@link #DEFAULT} when it names none or one this version does not know. */
    public static Profile forBoard(Board board) {
        return named(board.profile()).orElse(DEFAULT);
    }
}
