package org.stageboard.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * Compares a user's board with a reference answer, stage by stage, and explains each verdict with the user's own
 * words. A reference point (a line or bullet of a reference box, or one of its trade-offs) is covered when at least
 * half of its key terms, and at least two when it has two or more, appear in the user's boxes of the same stage;
 * failing that, a point found in another stage is "covered elsewhere" and names that stage. Key terms
 * ({@link KeyTerms}) are stems and fragments for matching only; what the user reads is whole phrases: the point,
 * and the sentences or clauses of the board that matched it.
 */
public final class ReferenceComparison {
    /** Share of a point's key terms the user must mention. */
    public static final double THRESHOLD = 0.5;
    /** At most this many of the user's phrases are quoted for one point. */
    static final int MAX_PHRASES = 2;

    public enum Kind { LINE, BULLET, TRADEOFF }

    public enum Status { COVERED, COVERED_ELSEWHERE, MISSED }

    public record Point(Stage stage, Kind kind, String text, List<String> terms) {
        public Point {
            terms = List.copyOf(terms);
        }
    }

    /** A sentence or clause the user wrote, as written, and the box it is in. */
    public record Phrase(String nodeId, Stage stage, String text) {
    }

    /**
     * @param matched  the point's key terms found (stems: for tests and scoring, never for display)
     * @param missing  the point's key terms not found (likewise)
     * @param foundIn  the stage where the point was found, or null when missed
     * @param words    the user's phrases that matched: for a covered point what covers it, for a missed one the
     *                 closest the board comes (empty when nothing matched at all)
     */
    public record PointResult(Point point, Status status, List<String> matched, List<String> missing, Stage foundIn,
                              List<Phrase> words) {
        public PointResult {
            matched = List.copyOf(matched);
            missing = List.copyOf(missing);
            words = List.copyOf(words);
        }
    }

    public record StageResult(Stage stage, List<PointResult> points) {
        public StageResult {
            points = List.copyOf(points);
        }

        public long covered() {
            return points.stream().filter(p -> p.status() == Status.COVERED).count();
        }

        public long coveredElsewhere() {
            return points.stream().filter(p -> p.status() == Status.COVERED_ELSEWHERE).count();
        }

        public long missed() {
            return points.stream().filter(p -> p.status() == Status.MISSED).count();
        }
    }

    private ReferenceComparison() {
    }

    /** One result per pipeline stage the reference has points for, in pipeline order. */
    public static List<StageResult> compare(Board user, Board reference) {
        Map<Stage, List<UserPhrase>> phrases = phrasesByStage(user);
        Map<Stage, Set<String>> userTerms = new EnumMap<>(Stage.class);
        phrases.forEach((stage, list) -> {
            Set<String> all = new HashSet<>();
            list.forEach(p -> all.addAll(p.terms()));
            userTerms.put(stage, all);
        });
        List<StageResult> out = new ArrayList<>();
        for (Stage s : Stage.pipeline()) {
            List<PointResult> results = new ArrayList<>();
            for (Point p : points(reference, s)) {
                results.add(judge(p, userTerms, phrases));
            }
            if (!results.isEmpty()) {
                out.add(new StageResult(s, results));
            }
        }
        return out;
    }

    /** The reference points of one stage: each text line (bullets marked) and each non-blank trade-off. */
    public static List<Point> points(Board reference, Stage stage) {
        List<Point> out = new ArrayList<>();
        for (Node n : reference.nodesOf(stage)) {
            for (String raw : n.text().split("\\R")) {
                String line = raw.strip();
                Kind kind = Kind.LINE;
                if (line.matches("^([•\\-*·▪◦]|\\d+[.)])\\s*.*")) {
                    line = line.replaceFirst("^([•\\-*·▪◦]|\\d+[.)])\\s*", "");
                    kind = Kind.BULLET;
                }
                addPoint(out, stage, kind, line);
            }
            for (TradeOff t : n.tradeoffs()) {
                if (!t.isBlank()) {
                    addPoint(out, stage, Kind.TRADEOFF, tradeoffText(t));
                }
            }
        }
        return out;
    }

    private static void addPoint(List<Point> out, Stage stage, Kind kind, String text) {
        Set<String> terms = KeyTerms.of(text);
        if (!terms.isEmpty()) {
            out.add(new Point(stage, kind, text, new ArrayList<>(terms)));
        }
    }

    private static PointResult judge(Point p, Map<Stage, Set<String>> userTerms, Map<Stage, List<UserPhrase>> phrases) {
        PointResult here = match(p, userTerms.get(p.stage()), p.stage(), Status.COVERED);
        if (here.status() == Status.COVERED) {
            return withWords(here, phrases.get(p.stage()));
        }
        PointResult best = null;
        for (Stage other : Stage.values()) {
            if (other == p.stage()) {
                continue;
            }
            PointResult r = match(p, userTerms.get(other), other, Status.COVERED_ELSEWHERE);
            if (r.status() != Status.MISSED && (best == null || r.matched().size() > best.matched().size())) {
                best = r;
            }
        }
        return best != null ? withWords(best, phrases.get(best.foundIn())) : withWords(here, phrases.get(p.stage()));
    }

    private static PointResult match(Point p, Set<String> have, Stage where, Status ifCovered) {
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String t : p.terms()) {
            (have.contains(t) ? matched : missing).add(t);
        }
        int n = p.terms().size();
        boolean covered = matched.size() >= Math.ceil(n * THRESHOLD) && matched.size() >= Math.min(2, n);
        return covered ? new PointResult(p, ifCovered, matched, missing, where, List.of())
                : new PointResult(p, Status.MISSED, matched, missing, null, List.of());
    }

    /**
     * Quotes the user's phrases that hold the matched terms: greedily the phrase holding most of those not yet
     * quoted (the shorter on a tie), at most {@link #MAX_PHRASES}.
     */
    private static PointResult withWords(PointResult r, List<UserPhrase> candidates) {
        Set<String> wanted = new HashSet<>(r.matched());
        List<Phrase> words = new ArrayList<>();
        while (!wanted.isEmpty() && words.size() < MAX_PHRASES) {
            UserPhrase best = null;
            int bestCount = 0;
            for (UserPhrase c : candidates) {
                int count = (int) c.terms().stream().filter(wanted::contains).count();
                if (count > bestCount || (count == bestCount && count > 0
                        && c.phrase().text().length() < best.phrase().text().length())) {
                    best = c;
                    bestCount = count;
                }
            }
            if (best == null) {
                break;
            }
            words.add(best.phrase());
            wanted.removeAll(best.terms());
        }
        return new PointResult(r.point(), r.status(), r.matched(), r.missing(), r.foundIn(), words);
    }

    /** A phrase with its key terms, computed once per comparison. */
    private record UserPhrase(Phrase phrase, Set<String> terms) {
    }

    private static Map<Stage, List<UserPhrase>> phrasesByStage(Board user) {
        Map<Stage, List<UserPhrase>> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, new ArrayList<>());
        }
        for (Node n : user.nodes()) {
            List<String> texts = new ArrayList<>();
            texts.add(n.title());
            texts.addAll(Phrases.split(n.text()));
            for (TradeOff t : n.tradeoffs()) {
                if (!t.isBlank()) {
                    texts.add(tradeoffText(t));
                }
            }
            for (String text : texts) {
                Set<String> terms = KeyTerms.of(text);
                if (!terms.isEmpty()) {
                    out.get(n.stage()).add(new UserPhrase(new Phrase(n.id(), n.stage(), text.strip()), terms));
                }
            }
        }
        return out;
    }

    /** A trade-off as one phrase: "choice / alternatives: reason". */
    private static String tradeoffText(TradeOff t) {
        String over = String.join(", ", t.over());
        return (t.choice() + (over.isBlank() ? "" : " / " + over) + (t.because().isBlank() ? "" : ": " + t.because()))
                .strip();
    }
}
