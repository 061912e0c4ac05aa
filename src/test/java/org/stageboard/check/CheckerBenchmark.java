package org.stageboard.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.Stage;

/**
 * Times {@link Checker#check} on generated 200- and 2,000-box boards and reports it next to two baselines measured
 * in the same run on the same board (copying the node list, and {@link Board#bounds()}), so the figures mean
 * something on any machine. Run: {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none} (writes
 * target/check-benchmark.md) or this class's main.
 */
public final class CheckerBenchmark {
    /** Box texts in three languages, with and without trade-offs, so every rule does real work. */
    private static final String[] TEXTS = {
        "Labels from clicks and purchases; split by time to avoid leakage.",
        "Two-tower retrieval with 128-d embeddings and in-batch negatives.",
        "Online ranking at p99 < 80 ms; batch is cheaper but stale for new items.",
        "Offline NDCG@10 and recall@100; online A/B test on watch time.",
        "Dashboards for QPS, CPU and memory; page the on-call on errors.",
        "用隐式反馈而不是人工标注，因为成本低、数据量大。",
        "在线服务，延迟 100 毫秒以内，按用户分桶。",
        "监控特征分布漂移，每周重新训练。",
        "Метки — клики и покупки; разбиение по времени.",
        "Бустинг на табличных признаках, 500 деревьев, ранняя остановка.",
        "Deep ranker with 12 layers, trained daily on 30 days of logs over 64 GPUs.",
        "",
    };

    /**
     * @param checkMicros   a cold check (fresh Checker, as the CLI does)
     * @param recheckMicros a long-lived Checker re-checking after one box's text changed (as the panel does)
     */
    public record Result(int boxes, double checkMicros, double recheckMicros, double copyMicros, double boundsMicros,
                         int findings) {
        public double ratioToBounds() {
            return checkMicros / boundsMicros;
        }

        public double ratioToCopy() {
            return checkMicros / copyMicros;
        }
    }

    private CheckerBenchmark() {
    }

    public static Board board(int boxes) {
        List<Node> nodes = new ArrayList<>(boxes);
        List<Edge> edges = new ArrayList<>(boxes);
        List<Stage> stages = Stage.pipeline();
        for (int i = 0; i < boxes; i++) {
            Stage s = i % 10 == 9 ? Stage.NOTE : stages.get(i % stages.size());
            nodes.add(new Node("n" + i, s, s.id() + " " + i, TEXTS[(i * 7) % TEXTS.length], "hint", List.of(),
                    (i % 40) * 260.0, (i / 40) * 180.0, Node.DEFAULT_WIDTH, Node.DEFAULT_HEIGHT));
            if (i > 0 && i % 13 != 0) {
                edges.add(new Edge("e" + i, "n" + (i - 1), "n" + i, ""));
            }
        }
        return new Board("bench", "", "", "", nodes, edges);
    }

    public static Result measure(int boxes) {
        Board b = board(boxes);
        int reps = boxes >= 1000 ? 60 : 400;
        int findings = 0;
        Object sink = null;
        for (int i = 0; i < reps; i++) { // warm-up: let the JIT compile the regexes and the rules
            findings = Checker.check(b, Profiles.DEFAULT).size();
            sink = b.bounds();
        }
        double[] check = new double[reps];
        double[] copy = new double[reps];
        double[] bounds = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            findings = Checker.check(b, Profiles.DEFAULT).size();
            long t1 = System.nanoTime();
            sink = new ArrayList<>(b.nodes());
            long t2 = System.nanoTime();
            Rect r = b.bounds();
            long t3 = System.nanoTime();
            sink = r;
            check[i] = (t1 - t0) / 1000.0;
            copy[i] = (t2 - t1) / 1000.0;
            bounds[i] = (t3 - t2) / 1000.0;
        }
        double[] recheck = new double[reps];
        Checker live = new Checker();
        Board current = b;
        live.run(current, Profiles.DEFAULT);
        for (int i = 0; i < 2 * reps; i++) {
            Node edited = current.nodes().get((i * 37) % boxes);
            current = current.replaceNode(edited.withText(edited.text() + " x"));
            long t0 = System.nanoTime();
            live.run(current, Profiles.DEFAULT);
            if (i >= reps) { // the first half warms up
                recheck[i - reps] = (System.nanoTime() - t0) / 1000.0;
            }
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return new Result(boxes, median(check), median(recheck), median(copy), median(bounds), findings);
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    public static String report() {
        StringBuilder sb = new StringBuilder(
                "| boxes | findings | cold check | re-check after one edit | copy node list | Board.bounds() "
                        + "| cold / bounds | re-check / bounds |\n|---|---|---|---|---|---|---|---|\n");
        for (int n : new int[] {200, 2000}) {
            Result r = measure(n);
            sb.append(String.format(Locale.ROOT, "| %d | %d | %.0f µs | %.0f µs | %.1f µs | %.1f µs | %.1fx | %.1fx |%n",
                    r.boxes(), r.findings(), r.checkMicros(), r.recheckMicros(), r.copyMicros(), r.boundsMicros(),
                    r.ratioToBounds(), r.recheckMicros() / r.boundsMicros()));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws java.io.IOException {
        String report = report();
        System.out.println(report);
        java.nio.file.Path out = java.nio.file.Path.of("target", "check-benchmark.md");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, report);
    }
}
