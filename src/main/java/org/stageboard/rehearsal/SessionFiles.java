package org.stageboard.rehearsal;

import java.io.IOException;
import java.nio.file.Path;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AtomicFiles;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.Excerpt;
import org.stageboard.io.SafeFiles;

/**
 * Session files live beside their board: {@code interview.board.json} (or {@code interview.json}) gets
 * {@code interview.session.json}. The board file is never touched; a board without a session file opens as
 * before, and a broken session file only produces a warning.
 */
public final class SessionFiles {
    private static final SessionLogCodec CODEC = new SessionLogCodec();

    /** The outcome of looking for a board's session: the session, or a one-line warning, or neither. */
    public record Loaded(SavedSession session, String warning) {
        public boolean found() {
            return session != null;
        }
    }

    private SessionFiles() {
    }

    /** {@code x.stageboard} (or {@code x.json}) -> {@code x.session.json}; any other name gets the suffix added. */
    public static Path sessionFileFor(Path boardFile) {
        return sibling(boardFile, ".session.json");
    }

    /** Where the Markdown report goes: {@code x.report.md}. */
    public static Path reportFileFor(Path boardFile) {
        return sibling(boardFile, ".report.md");
    }

    /** Where the board picture for the report goes: {@code x.report.png}. */
    public static Path reportImageFor(Path boardFile) {
        return sibling(boardFile, ".report.png");
    }

    /** Where the scorecard picture for the report goes: {@code x.scorecard.png}. */
    public static Path scorecardImageFor(Path boardFile) {
        return sibling(boardFile, ".scorecard.png");
    }

    /** The board file a session file belongs to: {@code x.session.json} -> {@code x.stageboard}. */
    public static Path boardFileFor(Path sessionFile) {
        String name = sessionFile.getFileName().toString();
        String stem = name.endsWith(".session.json") ? name.substring(0, name.length() - ".session.json".length())
                : name.replaceFirst("\\.json$", "");
        return sessionFile.resolveSibling(stem + ".stageboard");
    }

    /**
     * Reads a session file named directly (the {@code report} command). Never throws: problems come back as a
     * one-line warning naming the file; a missing file is a warning too.
     */
    public static Loaded loadFile(Path file) {
        byte[] json;
        try {
            json = SafeFiles.read(file, BoardCodec.MAX_BYTES);
        } catch (SafeFiles.Unreadable e) {
            return new Loaded(null, Excerpt.line(Messages.get("rehearsal.file.cannotRead", file, e.getMessage())));
        }
        try {
            return new Loaded(CODEC.read(json, file.toString()), null);
        } catch (SessionFileException e) {
            return new Loaded(null, e.getMessage());
        }
    }

    private static Path sibling(Path boardFile, String suffix) {
        String name = boardFile.getFileName().toString();
        for (String ext : new String[] {".stageboard", ".board.json", ".json"}) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
                break;
            }
        }
        return boardFile.resolveSibling(name + suffix);
    }

    /**
     * Writes the session beside the board, atomically (a crash leaves the old file or the new one). The temporary
     * file gets a fresh random name and is created without following links, so a link planted beside the board
     * cannot redirect the write.
     */
    public static Path save(Path boardFile, SavedSession session) throws IOException {
        Path target = sessionFileFor(boardFile);
        AtomicFiles.write(target, CODEC.write(session));
        return target;
    }

    /**
     * Reads the session beside the board. Never throws: problems come back as a one-line warning. Only a regular
     * file under the size limit is opened, so a pipe or device in its place is reported, never waited on.
     */
    public static Loaded load(Path boardFile) {
        Path file = sessionFileFor(boardFile);
        byte[] json;
        try {
            json = SafeFiles.read(file, BoardCodec.MAX_BYTES);
        } catch (SafeFiles.Unreadable e) {
            if (e.kind() == SafeFiles.Unreadable.Kind.NOT_FOUND) {
                return new Loaded(null, null);
            }
            return new Loaded(null, Excerpt.line(Messages.get("rehearsal.file.unreadable", file, e.getMessage())));
        }
        try {
            return new Loaded(CODEC.read(json, file.toString()), null);
        } catch (SessionFileException e) {
            return new Loaded(null, e.getMessage());
        }
    }
}
