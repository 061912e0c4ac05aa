package org.stageboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.ui.MainWindow;

/**
 * How long a big board takes to open in the editor window: from {@code openFile} to the first frame that shows it
 * painted (the frame after the one whose pulse laid out the board, grown to fit, because a pulse waits for the
 * previous frame's rendering), against Jackson reading the same file to a tree in the same run.
 * <p>
 * In a real window (the figure the README quotes), with a display: {@code java -cp ... OpenBoardBenchmark [boxes]}
 * (see the README's Speed section); under {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none
 * -Dtest=OpenBoardBenchmark} it runs in Monocle's headless window with the same software pipeline.
 */
@Tag("benchmark")
public class OpenBoardBenchmark {

    /** {@code boxes} boxes in a grid with as many arrows: each box joined to its right-hand and lower neighbours. */
    static Board board(int boxes) {
        Board grid = TestBoards.grid(boxes);
        int columns = (int) Math.ceil(Math.sqrt(boxes));
        List<Edge> edges = new ArrayList<>(grid.edges());
        for (int i = 0; edges.size() < boxes && i + columns < boxes; i++) {
            edges.add(new Edge("v" + i, "n" + i, "n" + (i + columns), ""));
        }
        List<Node> nodes = grid.nodes();
        return TestBoards.of(nodes, edges);
    }

    @Test
    void openTwoThousandBoxes() throws Exception {
        System.out.println(String.join("\n", run(new int[] {49, 2000}, 3)));
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {49, 2000} : Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String line : run(sizes, rounds)) {
            System.out.println(line);
        }
        Platform.exit();
    }

    static List<String> run(int[] sizes, int rounds) throws Exception {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-8s %-8s %12s %12s %10s %12s %10s %s", "boxes", "arrows", "open (ms)", "jackson (ms)",
                "ratio", "open CPU (ms)", "FX CPU (ms)", "all rounds (ms)"));
        for (int size : sizes) {
            Board board = board(size);
            Path file = Files.createTempFile("open-bench-", ".stageboard.json");
            Files.writeString(file, BoardCodec.write(board));
            ObjectMapper json = new ObjectMapper();
            double jackson = Bench.nanosPerCall(5, 5, () -> {
                try {
                    json.readTree(file.toFile());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }) / 1e6;
            double[] opens = new double[rounds];
            double[] cpus = new double[rounds];
            double[] fxCpus = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                opens[r] = openOnce(file, size);
                cpus[r] = lastCpuMs;
                fxCpus[r] = lastFxCpuMs;
                System.err.printf(Locale.ROOT, "  %d boxes, round %d: %.0f ms, %.0f ms CPU, %.0f ms on the FX thread%n", size, r + 1,
                        opens[r], cpus[r], fxCpus[r]);
            }
            double[] sorted = opens.clone();
            Arrays.sort(sorted);
            double median = sorted[rounds / 2];
            Arrays.sort(cpus);
            double cpu = cpus[rounds / 2];
            Arrays.sort(fxCpus);
            double fxCpu = fxCpus[rounds / 2];
            out.add(String.format(Locale.ROOT, "%-8d %-8d %12.0f %12.2f %10.0f %12.0f %10.0f %s", size, board.edges().size(), median,
                    jackson, median / jackson, cpu, fxCpu, Arrays.toString(Arrays.stream(opens).map(Math::rint).toArray())));
            Files.deleteIfExists(file);
        }
        return out;
    }

    /** Milliseconds from {@code openFile} to the first frame after the opened (and grown) board was laid out. */
    static double openOnce(Path file, int boxes) throws Exception {
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        Bench.onFx(() -> {
            MainWindow window = Bench.editorWindow();
            // let the empty window settle: a few frames
            settle(8, () -> shown.complete(window));
            return null;
        });
        MainWindow window = shown.get(60, TimeUnit.SECONDS);
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            long fx0 = fxCpuNanos();
            window.openFile(file);
            new AnimationTimer() {
                Board seen;
                int stableFrames;

                @Override
                public void handle(long now) {
                    Board current = window.document().board();
                    // the view draws only the boxes in sight, so ask it which board it shows
                    boolean drawn = window.canvas().boardView().board() == current && current.nodes().size() == boxes;
                    stableFrames = drawn && current == seen ? stableFrames + 1 : 0;
                    seen = current;
                    // stable for one pulse: that pulse laid it out and this one waited for its rendering
                    if (stableFrames >= 1) {
                        stop();
                        lastCpuMs = (processCpuNanos() - cpu0) / 1e6;
                        lastFxCpuMs = (fxCpuNanos() - fx0) / 1e6;
                        done.complete((System.nanoTime() - t0) / 1e6);
                    }
                }
            }.start();
        });
        double ms = done.get(300, TimeUnit.SECONDS);
        // -Dopen.pause=ms keeps the window up for a screenshot
        Thread.sleep(Long.getLong("open.pause", 0));
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            window.document().markSaved();
            window.stage().hide();
            closed.complete(null);
        });
        closed.get(60, TimeUnit.SECONDS);
        System.gc();
        return ms;
    }

    /** CPU the process spent in the last {@link #openOnce} (all threads: FX, rendering, GC): steadier than wall time on a busy machine. */
    static volatile double lastCpuMs;
    /** CPU the FX thread alone spent in the last {@link #openOnce}: what other jobs on the machine disturb least. */
    static volatile double lastFxCpuMs;

    private static long fxCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void settle(int frames, Runnable then) {
        new AnimationTimer() {
            int left = frames;

            @Override
            public void handle(long now) {
                if (--left <= 0) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
