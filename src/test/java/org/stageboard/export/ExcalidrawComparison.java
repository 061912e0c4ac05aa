package org.stageboard.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.stageboard.bench.Bench;
import org.stageboard.export.excalidraw.ExcalidrawWriter;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;

/**
 * Stageboard's PNG export against Excalidraw's {@code exportToBlob} on the same grid boards and scales, interleaved
 * in one run (a Stageboard run, then an Excalidraw run, then the next pair), medians. Three figures a case:
 * <ul>
 *   <li>{@code stageboard}: the export in this process (draw + encode, no disk), as {@link ExportBenchmark};</li>
 *   <li>{@code excalidraw}: exportToBlob in a headless Chromium page (render + canvas + PNG encode, no disk),
 *       driven through {@code src/test/excalidraw/export-bench.mjs --serve};</li>
 *   <li>{@code command} (500 boxes and more): the whole {@code stageboard export} command in a fresh JVM, to a
 *       file, start to exit.</li>
 * </ul>
 * Where Chromium or the script's node_modules are missing, the Excalidraw column says so and Stageboard's figures
 * still print. Excalidraw's canvas cannot exceed 268 MP (16,384 px a side in some builds): such cases print its
 * error, and Stageboard's full-size figure alone.
 *
 * <p>Each case also times, interleaved, the export before it drew with Java2D (the canvas's views snapshotted,
 * {@link SnapshotPngStream}), and, given {@code -Dcompare.beforeClasses=DIR} (an older build's classes), that
 * build's export in this process (its own class loader) and its whole command. Both sides are timed warm the same
 * way: {@code -Dcompare.warmups} (3) exports of each case on each side before its timed runs.
 *
 * <p>Run: {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none -Dtest='ExcalidrawComparison*'}; pick
 * cases with {@code -Dcompare.cases=40x1,500x2}, runs with {@code -Dcompare.runs=3}, warm-ups with
 * {@code -Dcompare.warmups=3}.
 */
public final class ExcalidrawComparison {
    private static final String DEFAULT_CASES = "40x1,40x2,40x3,500x1,500x2,500x3,2000x1,2000x2,2000x3";
    /** Above this many pixels a case is timed once per side (after the smaller cases warmed both up). */
    private static final long ONE_RUN_ABOVE = 100_000_000L;
    /** Boards from this many boxes also time the whole command. */
    private static final int COMMAND_FROM = 500;

    private ExcalidrawComparison() {
    }

    record Case(int boxes, int scale) {
        static Case parse(String text) {
            String[] p = text.trim().split("x");
            return new Case(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }
    }

    public static void main(String[] args) throws Exception {
        List<Case> cases = Arrays.stream(System.getProperty("compare.cases", DEFAULT_CASES).split(","))
                .map(Case::parse).toList();
        int runs = Integer.getInteger("compare.runs", 3);
        Path dir = Path.of("target", "excalidraw-bench");
        Files.createDirectories(dir);
        BeforeBuild beforeBuild = BEFORE_CLASSES == null ? null : new BeforeBuild(Path.of(BEFORE_CLASSES));
        HeadlessToolkit.runBeside(() -> {
            try (Excalidraw excalidraw = Excalidraw.start()) {
                System.out.println(excalidraw.note());
                System.out.printf(Locale.ROOT, "both sides warm: %d warm-up exports of each case on each side before"
                        + " %d timed runs, interleaved (one run above %d MP, after the smaller cases); %d cores, load"
                        + " average %.1f%n", WARMUPS, runs, ONE_RUN_ABOVE / 1_000_000,
                        Runtime.getRuntime().availableProcessors(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf(Locale.ROOT, "%-6s %-2s %-13s %-13s %9s %9s %7s %9s %7s %8s%n", "boxes", "x",
                        "stageboard", "excalidraw", "sb ms", "ex ms", "sb/ex", "cmd ms", "cmd/ex", "java -v");
                for (Case c : cases) {
                    compare(c, runs, dir, excalidraw, beforeBuild);
                }
            }
            return null;
        });
    }

    private static void compare(Case c, int runs, Path dir, Excalidraw excalidraw, BeforeBuild beforeBuild)
            throws Exception {
        Board board = TestBoards.grid(c.boxes());
        Path scene = dir.resolve("grid-" + c.boxes() + ".excalidraw").toAbsolutePath();
        Path file = dir.resolve("grid-" + c.boxes() + ".stageboard").toAbsolutePath();
        Files.writeString(scene, ExcalidrawWriter.write(board));
        Files.writeString(file, BoardCodec.write(board));
        ExportOptions options = ExportOptions.defaults().withScale(c.scale());
        PixelArea area = BoardRaster.of(board, options).pixels(c.scale());
        int n = area.count() > ONE_RUN_ABOVE ? 1 : runs;
        boolean command = c.boxes() >= COMMAND_FROM;
        Path png = dir.resolve("cmd-" + c.boxes() + "x" + c.scale() + ".png");
        if (n > 1) {
            // the same warm-up for each side: WARMUPS exports of this case, so both are timed warm
            for (int w = 0; w < WARMUPS; w++) {
                inProcess(board, options);
                if (BEFORE) {
                    viewsInProcess(board, options);
                }
                if (beforeBuild != null) {
                    beforeBuild.export(file, c.scale());
                }
                excalidraw.export(scene, c.scale());
            }
        }
        double[] sb = new double[n];
        double[] views = new double[BEFORE ? n : 0];
        double[] older = new double[beforeBuild != null ? n : 0];
        double[] ex = new double[n];
        double[] cmd = new double[command ? n : 0];
        double[] cmdBefore = new double[command && BEFORE_CLASSES != null ? n : 0];
        double[] javaVersion = new double[command ? n : 0];
        double[][] cmdLaunchers = new double[command ? LAUNCHERS.size() : 0][n];
        String exSize = "-";
        String exFailed = null;
        String sbSize = area.width() + "x" + area.height();
        for (int i = 0; i < n; i++) {
            sb[i] = inProcess(board, options);
            if (BEFORE) {
                views[i] = viewsInProcess(board, options);
            }
            if (beforeBuild != null) {
                older[i] = beforeBuild.export(file, c.scale());
            }
            Excalidraw.Result r = excalidraw.export(scene, c.scale());
            ex[i] = r.ms();
            if (r.failed() != null) {
                exFailed = r.failed();
            } else if (r.width() > 0) {
                exSize = r.width() + "x" + r.height();
            }
            if (command) {
                cmd[i] = command(file, png, c.scale(), null);
                if (cmdBefore.length > 0) {
                    cmdBefore[i] = command(file, png, c.scale(), BEFORE_CLASSES);
                }
                for (int l = 0; l < cmdLaunchers.length; l++) {
                    cmdLaunchers[l][i] = launcherCommand(LAUNCHERS.get(l), file, png, c.scale());
                }
                javaVersion[i] = javaVersion();
            }
        }
        double sbMs = median(sb);
        double exMs = exFailed != null || exSize.equals("-") ? Double.NaN : median(ex);
        double cmdMs = command ? median(cmd) : Double.NaN;
        System.out.printf(Locale.ROOT, "%-6d %-2d %-13s %-13s %9.0f %9s %7s %9s %7s %8s%s%n", c.boxes(), c.scale(),
                sbSize, exSize, sbMs, fmt(exMs, "%.0f"), fmt(sbMs / exMs, "%.2f"), fmt(cmdMs, "%.0f"),
                fmt(cmdMs / exMs, "%.2f"), command ? fmt(median(javaVersion), "%.0f") : "",
                exFailed != null ? "   excalidraw failed: " + exFailed : excalidraw.available() ? "" : "   " + excalidraw.note());
        for (int l = 0; l < cmdLaunchers.length; l++) {
            double ms = median(cmdLaunchers[l]);
            System.out.printf(Locale.ROOT, "%-6s %-2s command through %s: %.0f ms (%s x Excalidraw)%n", "", "",
                    LAUNCHERS.get(l), ms, fmt(ms / exMs, "%.2f"));
        }
        if (beforeBuild != null) {
            double olderMs = median(older);
            System.out.printf(Locale.ROOT, "%-6s %-2s before (the build in %s): in-process %.0f ms (%s x this one, %s x"
                    + " Excalidraw)%s%n", "", "", BEFORE_CLASSES, olderMs, fmt(olderMs / sbMs, "%.2f"),
                    fmt(olderMs / exMs, "%.2f"), command ? String.format(Locale.ROOT, "; command %.0f ms (%s x"
                            + " Excalidraw)", median(cmdBefore), fmt(median(cmdBefore) / exMs, "%.2f")) : "");
        }
        if (BEFORE) {
            double viewsMs = median(views);
            double beforeCmd = median(cmdBefore);
            System.out.printf(Locale.ROOT, "%-6s %-2s before (canvas views snapshotted): in-process %.0f ms (%s x the new,"
                    + " %s x Excalidraw)%s%n", "", "", viewsMs, fmt(viewsMs / sbMs, "%.2f"), fmt(viewsMs / exMs, "%.2f"),
                    cmdBefore.length > 0 && beforeBuild == null ? String.format(Locale.ROOT,
                            "; command %.0f ms (%s x Excalidraw)", beforeCmd, fmt(beforeCmd / exMs, "%.2f")) : "");
        }
        Files.deleteIfExists(png);
    }

    private static String fmt(double v, String format) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
    }

    /** The export before it drew with Java2D, timed beside it: -Dcompare.before=false leaves it out. */
    private static final boolean BEFORE = !"false".equals(System.getProperty("compare.before"));
    /** Warm-up exports of each case on each side (Stageboard, Excalidraw, the before builds) before the timed runs. */
    private static final int WARMUPS = Integer.getInteger("compare.warmups", 3);
    /** An older build's classes (its target/classes) whose export and whole command are timed beside this one's. */
    private static final String BEFORE_CLASSES = System.getProperty("compare.beforeClasses", "").isBlank() ? null
            : System.getProperty("compare.beforeClasses");

    private static double viewsInProcess(Board board, ExportOptions options) throws Exception {
        long t0 = System.nanoTime();
        SnapshotPngStream.encode(board, options, OutputStream.nullOutputStream(), ExportProgress.NONE);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double inProcess(Board board, ExportOptions options) throws Exception {
        long t0 = System.nanoTime();
        PngStream.encode(board, options, OutputStream.nullOutputStream(), ExportProgress.NONE);
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * Launchers whose whole {@code export} command is timed beside the class path's, interleaved, each given the
     * command's arguments: {@code -Dcompare.launcher=PATH[,PATH...]}, e.g. the app image's
     * {@code target/jpackage/stageboard/bin/stageboard} (its own runtime, JVM options and class-data archive), an
     * older build's app image, or a script that starts the jar with other JVM options.
     */
    private static final List<String> LAUNCHERS = Arrays.stream(System.getProperty("compare.launcher", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).toList();

    /** The whole command through {@code launcher}, start to exit, in milliseconds. */
    private static double launcherCommand(String launcher, Path board, Path png, int scale) throws Exception {
        return timeProcess(List.of(launcher, "export", board.toString(), "-o", png.toString(), "--scale",
                String.valueOf(scale)));
    }

    /** The whole command in a fresh JVM (as a user types it), start to exit, in milliseconds. */
    private static double command(Path board, Path png, int scale, String firstOnClassPath) throws Exception {
        String cp = System.getProperty("java.class.path");
        List<String> cmd = new java.util.ArrayList<>(List.of(java()));
        cmd.addAll(Bench.appJvmOptions());
        cmd.addAll(List.of("-cp", firstOnClassPath == null ? cp : firstOnClassPath + java.io.File.pathSeparator + cp,
                "org.stageboard.Launcher", "export", board.toString(), "-o", png.toString(), "--scale",
                String.valueOf(scale)));
        return timeProcess(cmd);
    }

    /** The baseline of any command: a JVM that starts and prints its version. */
    static double javaVersion() throws Exception {
        return timeProcess(List.of(java(), "-version"));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static double timeProcess(List<String> cmd) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + ": " + cmd);
        }
        return ms;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }

    /**
     * An older build's PNG export in this process, through a class loader of its own (its classes, then this run's
     * libraries), so it is timed warm and interleaved exactly as this build's export is.
     */
    static final class BeforeBuild {
        private final ClassLoader loader;

        BeforeBuild(Path classes) throws IOException {
            List<java.net.URL> urls = new java.util.ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                if (entry.endsWith(".jar")) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            loader = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new), ClassLoader.getPlatformClassLoader());
        }

        /** The older build's export of the board file at {@code scale}, draw + encode with no disk, in milliseconds. */
        double export(Path boardFile, int scale) throws Exception {
            Class<?> codec = loader.loadClass("org.stageboard.io.BoardCodec");
            Class<?> boardType = loader.loadClass("org.stageboard.model.Board");
            Class<?> optionsType = loader.loadClass("org.stageboard.export.ExportOptions");
            Class<?> progressType = loader.loadClass("org.stageboard.export.ExportProgress");
            Object board = codec.getMethod("read", Path.class).invoke(null, boardFile);
            Object options = optionsType.getMethod("defaults").invoke(null);
            options = optionsType.getMethod("withScale", int.class).invoke(options, scale);
            Object none = progressType.getField("NONE").get(null);
            java.lang.reflect.Method encode = loader.loadClass("org.stageboard.export.PngStream").getMethod("encode",
                    boardType, optionsType, OutputStream.class, progressType);
            long t0 = System.nanoTime();
            encode.invoke(null, board, options, OutputStream.nullOutputStream(), none);
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /** Excalidraw in headless Chromium, behind export-bench.mjs --serve; a stand-in that says why when missing. */
    static final class Excalidraw implements AutoCloseable {
        record Result(int width, int height, double ms, String failed) {
        }

        private final Process node;
        private final BufferedReader in;
        private final PrintWriter out;
        private final String note;

        private Excalidraw(Process node, BufferedReader in, String note) {
            this.node = node;
            this.note = note;
            this.in = in;
            this.out = node == null ? null
                    : new PrintWriter(node.getOutputStream(), true, StandardCharsets.UTF_8);
        }

        static Excalidraw start() throws IOException {
            Process p;
            try {
                p = new ProcessBuilder("node", "src/test/excalidraw/export-bench.mjs", "--serve")
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            } catch (IOException noNode) {
                return new Excalidraw(null, null, "Excalidraw skipped: Node is not installed.");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = in.readLine();
            if (first == null || !first.startsWith("ready ")) {
                p.destroy();
                return new Excalidraw(null, null,
                        "Excalidraw " + (first == null ? "skipped: the script ended" : first));
            }
            String[] p2 = first.split(" ", 3);
            return new Excalidraw(p, in, "Excalidraw " + p2[1] + " in " + p2[2] + ", interleaved with Stageboard");
        }

        boolean available() {
            return node != null;
        }

        String note() {
            return note;
        }

        Result export(Path scene, int scale) throws IOException {
            if (node == null) {
                return new Result(0, 0, Double.NaN, null);
            }
            out.println("export " + scene + " " + scale);
            String line = in.readLine();
            if (line == null) {
                return new Result(0, 0, Double.NaN, "the browser process ended");
            }
            if (line.startsWith("failed ")) {
                return new Result(0, 0, Double.NaN, line.substring(7));
            }
            String[] p = line.split(" ");
            return new Result(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Double.parseDouble(p[3]), null);
        }

        @Override
        public void close() throws InterruptedException {
            if (node != null) {
                out.println("quit");
                if (!node.waitFor(30, TimeUnit.SECONDS)) {
                    node.destroyForcibly();
                }
            }
        }
    }
}
