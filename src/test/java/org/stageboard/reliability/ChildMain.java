package org.stageboard.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stageboard.io.Autosave;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.SessionFileException;
import org.stageboard.rehearsal.SessionFiles;

/**
 * What the reliability tests run in a separate JVM: reading under a small heap, saving until killed, holding an
 * autosave copy while another process looks at it.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "read" -> {
                for (int i = 1; i < args.length; i++) {
                    System.out.println(read(Path.of(args[i])));
                }
            }
            case "saveLoop" -> saveLoop(Path.of(args[1]));
            case "holdAutosave" -> {
                Autosave autosave = new Autosave(Path.of(args[1]));
                autosave.save(args[2], null, Board.empty().withTitle("live work"));
                System.out.println("saved");
                System.out.flush();
                Thread.sleep(60_000); // until the parent kills it
            }
            case "autosaveLoop" -> autosaveLoop(Path.of(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** One line per file: "ok", or "refused: <message>"; an OutOfMemoryError ends the JVM with a non-zero code. */
    private static String read(Path file) {
        try {
            if (file.toString().endsWith(".stageboard")) {
                BoardCodec.read(file);
            } else {
                String name = file.getFileName().toString();
                Path board = file.resolveSibling(name.substring(0, name.indexOf('.')) + ".stageboard");
                SessionFiles.Loaded loaded = SessionFiles.load(board);
                if (loaded.warning() != null) {
                    throw new SessionFileException(loaded.warning());
                }
            }
            return "ok";
        } catch (BoardFileException | SessionFileException e) {
            return "refused: " + e.getMessage();
        }
    }

    /** Version {@code i} of the board the save loop writes: its title names the version, and sizes vary. */
    static Board version(int i) {
        Board b = Board.empty().withTitle("version " + i);
        int boxes = 1 + (i * 7) % 300;
        List<Node> nodes = new ArrayList<>();
        for (int n = 0; n < boxes; n++) {
            nodes.add(Node.of("n" + n, Stage.values()[n % Stage.values().length], "box " + n + " of " + i,
                    (n % 20) * 240, (n / 20) * 180).withText(("text " + i + " ").repeat(20)));
        }
        for (Node n : nodes) {
            b = b.addNode(n);
        }
        return b;
    }

    /** Edits every 20 ms, like fast typing, with the app's own autosave; each board's title says when it was made. */
    private static void autosaveLoop(Path dir) throws InterruptedException {
        org.stageboard.io.AutosaveScheduler scheduler = org.stageboard.io.AutosaveScheduler.background(new Autosave(dir));
        Board b = version(40);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            b = b.withTitle("edit " + i + " at " + System.currentTimeMillis());
            scheduler.changed("typing", null, b);
            Thread.sleep(20);
        }
    }

    private static void saveLoop(Path file) throws BoardFileException {
        for (int i = 0; ; i++) {
            BoardFiles.save(file, version(i));
            if (i == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
