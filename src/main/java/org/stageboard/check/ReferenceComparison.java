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
 * Compares a user's board with a reference answer, stage by stage, and explains each verdict with the key terms
 * that matched. A reference point (a line or bullet of a reference box, or one of its trade-offs) is covered when
 * at least half of its key terms, and at least two when it has two or more, appear in the user's boxes of the
 * same stage; failing that, a point found in another stage is "covered elsewhere" and names that stage.
 */
public final class ReferenceComparison {
    /** Share of a point's key terms the user must mention. */
    public static final double THRESHOLD = 0.5;

    public enum Kind { LINE, BULLET, TRADEOFF }

    public enum Status { COVERED, COVERED_ELSEWHERE, MISSED }

    public record Point(Stage stage, Kind kind, String text, List<String> terms) {
        public Point {
            terms = List.copyOf(terms);
        }
    }

    /** @param foundIn the stage where the point was found, or null when missed */
    public record PointResult(Point point, Status status, List<String> matched, List<String> missing, Stage foundIn) {
        public PointResult {
            matched = List.copyOf(matched);
            missing = List.copyOf(missing);
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
        Map<Stage, Set<String>> userTerms = termsByStage(user);
        List<StageResult> out = new ArrayList<>();
        for (Stage s : Stage.pipeline()) {
            List<PointResult> results = new ArrayList<>();
            for (Point p : points(reference, s)) {
                results.add(judge(p, userTerms));
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
                    String over = String.join(", ", t.over());
                    addPoint(out, stage, Kind.TRADEOFF,
                            (t.choice() + (over.isBlank() ? "" : " / " + over)
                                    + (t.because().isBlank() ? "" : ": " + t.because())).strip());
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

    private static PointResult judge(Point p, Map<Stage, Set<String>> userTerms) {
        PointResult here = match(p, userTerms.get(p.stage()), p.stage(), Status.COVERED);
        if (here.status() == Status.COVERED) {
            return here;
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
        return best != null ? best : here;
    }

    private static PointResult match(Point p, Set<String> have, Stage where, Status ifCovered) {
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String t : p.terms()) {
            (have.contains(t) ? matched : missing).add(t);
        }
        int n = p.terms().size();
        boolean covered = matched.size() >= Math.ceil(n * THRESHOLD) && matched.size() >= Math.min(2, n);
        return covered ? new PointResult(p, ifCovered, matched, missing, where)
                : new PointResult(p, Status.MISSED, matched, missing, null);
    }

    private static Map<Stage, Set<String>> termsByStage(Board user) {
        Map<Stage, Set<String>> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, new HashSet<>());
        }
        for (Node n : user.nodes()) {
            StringBuilder sb = new StringBuilder(n.title()).append('\n').append(n.text());
            for (TradeOff t : n.tradeoffs()) {
                sb.append('\n').append(t.choice()).append('\n').append(String.join("\n", t.over()))
                        .append('\n').append(t.because());
            }
            out.get(n.stage()).addAll(KeyTerms.of(sb.toString()));
        }
        return out;
    }
}
