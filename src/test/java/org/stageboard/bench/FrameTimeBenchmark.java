package org.stageboard.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.canvas.BoardCanvas;

/**
 * Frame times of the canvas under the hand, painting included: the editor window in a real X window, a box drag,
 * a zoom (ctrl + wheel) and a pan (middle-button drag) driven by {@code xdotool} from outside the process, on the
 * 49- and 2,000-box benchmark boards at 100% and on 2,000 boxes at fit zoom. Each frame's time is the JavaFX pulse
 * logger's total for a pulse (CSS, layout, painting and presenting; {@code -Djavafx.pulseLogger=true
 * -Djavafx.pulseLogger.threshold=0}), read off this process's standard error; it prints p50 and p95 per gesture.
 * <p>
 * With {@code -Dframes.warmups=N} the gestures run N times unrecorded on each board first (a window in use a while).
 * Needs a display and xdotool, so it is a {@code main}, not a test (see the README's Speed section for the command):
 * {@code DISPLAY=:N java -Dprism.order=sw -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -cp ...
 * org.stageboard.bench.FrameTimeBenchmark [49,2000]}.
 */
public final class FrameTimeBenchmark {
    /** "PULSE: 12 [16ms:23ms]": pulse number, time since the previous pulse, this pulse's total. */
    private static final Pattern PULSE = Pattern.compile("PULSE: \\d+ \\[(\\d+)ms:(\\d+)ms\\]");
    /** The logger's count of nodes painted in the pulse above: the work, whatever else the machine is doing. */
    private static final Pattern RENDERED = Pattern.compile("Nodes rendered: (\\d+)");
    private static final int STEPS = 60;
    /** Milliseconds between pointer moves: a hand moving a mouse reports at about this rate. */
    private static final int STEP_MS = 12;

    /** Pulse totals seen while {@code recording} is set. */
    private static final List<Integer> frames = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Nodes painted in each of those pulses. */
    private static final List<Integer> painted = java.util.Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;

    private FrameTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("javafx.pulseLogger")) {
            System.out.println("run with -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 (see the class comment)");
            return;
        }
        listenToPulseLogger();
        // the empty board first: the same window and gestures with nothing to draw, this run's floor
        int[] sizes = args.length == 0 ? new int[] {0, 49, 2000}
                : Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-7s %-9s %-7s %7s %8s %8s %8s %10s %10s", "boxes", "zoom", "gesture",
                "frames", "p50 ms", "p95 ms", "max ms", "nodes p50", "CPU/frame"));
        for (int size : sizes) {
            MainWindow window = open(size);
            BoardCanvas canvas = window.canvas();
            // -Dframes.warmups=N: the gestures N times unrecorded first, for the frames of a window in use a while
            // (the JIT's compilers done with what the gestures run) rather than a window just opened
            for (int i = 0; i < Integer.getInteger("frames.warmups", 0); i++) {
                gestures(size, "100%", canvas, () -> { });
            }
            rows.addAll(gestures(size, "100%", canvas, () -> { }));
            if (size >= 2000) {
                // fitted again before each gesture: at the smallest zoom the wheel's notches out do nothing and its
                // notches back in would leave the pan at twice the fitted zoom
                Runnable fit = () -> onFx(() -> {
                    canvas.zoomToFit();
                    return null;
                });
                fit.run();
                rows.addAll(gestures(size, String.format(Locale.ROOT, "fit %.2f", onFx(() -> canvas.session().viewport().zoom())),
                        canvas, fit));
            }
            if (Long.getLong("frames.pause", 0) > 0) {
                Thread.sleep(Long.getLong("frames.pause", 0));
            }
            onFx(() -> {
                window.document().markSaved();
                window.stage().hide();
                return null;
            });
        }
        System.setErr(original);
        rows.forEach(System.out::println);
        Platform.exit();
    }

    /** Drag, zoom and pan, each from the view {@code reset} sets. */
    private static List<String> gestures(int size, String zoom, BoardCanvas canvas, Runnable reset) throws Exception {
        List<String> rows = new ArrayList<>();
        reset.run();
        rows.add(measure(size, zoom, "drag", () -> drag(canvas)));
        reset.run();
        rows.add(measure(size, zoom, "zoom", () -> zoom(canvas)));
        reset.run();
        rows.add(measure(size, zoom, "pan", () -> pan(canvas)));
        return rows;
    }

    private interface Gesture {
        void run() throws Exception;
    }

    private static String measure(int size, String zoom, String name, Gesture gesture) throws Exception {
        settle();
        frames.clear();
        painted.clear();
        long cpu0 = processCpuNanos();
        recording = true;
        gesture.run();
        settle();
        recording = false;
        // CPU the process spent per frame (all threads, the settling included): on a machine other jobs load, wall
        // times stretch with the waiting, CPU time much less
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        int[] ms;
        int[] nodes;
        synchronized (frames) {
            ms = frames.stream().mapToInt(Integer::intValue).sorted().toArray();
            nodes = painted.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        String row = String.format(Locale.ROOT, "%-7d %-9s %-7s %7d %8d %8d %8d %10d %10.1f", size, zoom, name,
                ms.length, percentile(ms, 50), percentile(ms, 95), ms.length == 0 ? 0 : ms[ms.length - 1],
                percentile(nodes, 50), ms.length == 0 ? 0 : cpuMs / ms.length);
        System.out.println(row);
        return row;
    }

    private static int percentile(int[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Presses the middle of the box nearest the canvas's centre and drags it 300 px right and 150 px down. */
    private static void drag(BoardCanvas canvas) throws Exception {
        Point2D start = onFx(() -> {
            Point2D centre = canvas.session().viewport().toBoard(canvas.getWidth() / 2, canvas.getHeight() / 2);
            Node best = null;
            for (Node n : canvas.session().board().nodes()) {
                if (best == null || dist(n, centre) < dist(best, centre)) {
                    best = n;
                }
            }
            // on the empty board: a marquee drag from the centre
            Point2D screen = best == null ? new Point2D(canvas.getWidth() / 2, canvas.getHeight() / 2)
                    : canvas.session().viewport().toScreen(best.bounds().centerX(), best.bounds().centerY());
            return canvas.localToScreen(screen);
        });
        xdo(path("mousemove", start, 5, 2.5, "mousedown 1", "mouseup 1"));
    }

    private static double dist(Node n, Point2D p) {
        return Math.hypot(n.bounds().centerX() - p.getX(), n.bounds().centerY() - p.getY());
    }

    /** Ctrl + wheel at the centre: eight notches out, eight back in. */
    private static void zoom(BoardCanvas canvas) throws Exception {
        Point2D c = onFx(() -> canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2));
        List<String> cmd = new ArrayList<>(List.of("mousemove", fmt(c.getX()), fmt(c.getY()), "keydown", "ctrl"));
        for (int i = 0; i < 16; i++) {
            cmd.addAll(List.of("click", i < 8 ? "5" : "4", "sleep", "0.06"));
        }
        cmd.addAll(List.of("keyup", "ctrl"));
        xdo(cmd);
    }

    /** A middle-button drag from the centre, 300 px left and 150 px up. */
    private static void pan(BoardCanvas canvas) throws Exception {
        Point2D c = onFx(() -> canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2));
        xdo(path("mousemove", c, -5, -2.5, "mousedown 2", "mouseup 2"));
    }

    /** Moves to {@code from}, presses, moves {@link #STEPS} steps of (dx, dy), releases. */
    private static List<String> path(String move, Point2D from, double dx, double dy, String press, String release) {
        List<String> cmd = new ArrayList<>(List.of(move, fmt(from.getX()), fmt(from.getY()), "sleep", "0.1"));
        cmd.addAll(List.of(press.split(" ")));
        for (int i = 1; i <= STEPS; i++) {
            cmd.addAll(List.of(move, fmt(from.getX() + dx * i), fmt(from.getY() + dy * i), "sleep",
                    String.format(Locale.ROOT, "%.3f", STEP_MS / 1000.0)));
        }
        cmd.addAll(List.of("sleep", "0.1"));
        cmd.addAll(List.of(release.split(" ")));
        return cmd;
    }

    private static String fmt(double v) {
        return Long.toString(Math.round(v));
    }

    private static void xdo(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("xdotool");
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("xdotool failed: " + String.join(" ", cmd));
        }
    }

    private static MainWindow open(int boxes) throws Exception {
        Board board = OpenBoardBenchmark.board(boxes);
        Path file = Files.createTempFile("frame-bench-", ".stageboard.json");
        Files.writeString(file, BoardCodec.write(board));
        MainWindow window = onFx(() -> {
            MainWindow w = Bench.editorWindow();
            w.openFile(file);
            return w;
        });
        // opening grows the boxes to fit on a later pulse: wait for it, then for things to be still
        Thread.sleep(1500);
        settle();
        onFx(() -> {
            window.canvas().zoomActual();
            // the board's top-left corner at the canvas's, as after opening
            window.canvas().session().viewport().panXProperty().set(0);
            window.canvas().session().viewport().panYProperty().set(0);
            return null;
        });
        settle();
        Files.deleteIfExists(file);
        return window;
    }

    /** Waits for a few frames and half a second of quiet. */
    private static void settle() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            int left = 4;

            @Override
            public void handle(long now) {
                if (--left <= 0) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(120, TimeUnit.SECONDS);
        Thread.sleep(500);
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        return Bench.onFx(work);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static final PrintStream original = System.err;
    private static final boolean ECHO = Boolean.getBoolean("frames.echo");

    /** Reads the pulse logger's lines off standard error (where it prints), keeping each pulse's total while recording. */
    private static void listenToPulseLogger() {
        OutputStream tee = new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    Matcher m = PULSE.matcher(line);
                    Matcher r = RENDERED.matcher(line);
                    // a pulse that painted nothing is no frame
                    if (m.find() && recording && !line.toString().contains("No Rendering")) {
                        frames.add(Integer.parseInt(m.group(2)));
                    } else if (r.find() && recording && !frames.isEmpty() && painted.size() < frames.size()) {
                        painted.add(Integer.parseInt(r.group(1)));
                    }
                    if (ECHO) {
                        original.println(line);
                    }
                    line.setLength(0);
                } else {
                    line.append((char) b);
                }
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }
}
