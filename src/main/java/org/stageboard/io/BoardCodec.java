package org.stageboard.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * Reads and writes {@code .stageboard} files (format "stageboard", version {@link #FORMAT_VERSION}).
 * Reading never throws anything but {@link BoardFileException}, whose message is one line naming the file,
 * the problem and where it is. Writing is deterministic: same board, same bytes.
 */
public final class BoardCodec {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "stageboard";
    /** The newest file format version this app reads and the one it writes. */
    public static final int FORMAT_VERSION = 1;
    /** Larger files are refused before reading: no board is anywhere near this, and reading it would stall the app. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The file name extension, with its dot. */
    public static final String EXTENSION = ".stageboard";

    /** Values (objects, lists, strings, numbers) in one board: tens of thousands of boxes, bounded memory. */
    static final int MAX_VALUES = 200_000;

    private BoardCodec() {
    }

    /** Reads the board file at {@code file}. */
    public static Board read(Path file) throws BoardFileException {
        String source = file.toString();
        byte[] bytes = readBytes(file, source);
        if (FormatSniffer.sniff(bytes, FORMAT, FORMAT_VERSION) == FormatSniffer.Claim.NEWER) {
            // judged from the raw bytes first: a newer file may be invalid to this version in any other way
            throw BoardFileException.newerVersion(Messages.get("io.error.plain", source,
                    Messages.get("io.problem.newerFormat", String.valueOf(FORMAT_VERSION))));
        }
        int start = checkUtf8(bytes, source);
        return decode(source, JsonFormat.Input.of(bytes, start, bytes.length - start));
    }

    /** Reads a board from JSON text; {@code sourceName} names it in error messages. */
    public static Board readString(String json, String sourceName) throws BoardFileException {
        if (json.length() > MAX_BYTES) {
            throw tooLarge(sourceName, json.length());
        }
        return decode(sourceName, JsonFormat.Input.of(json));
    }

    /** The header first (format, version), then the whole board, then the checks on it. */
    private static Board decode(String source, JsonFormat.Input json) throws BoardFileException {
        try {
            BoardReader.checkHeader(json.read(BoardJson.Header.class, MAX_VALUES));
            return BoardReader.board(json.read(BoardJson.File.class, MAX_VALUES));
        } catch (JsonProblem p) {
            throw new BoardFileException(p.message(source), p);
        } catch (BoardReader.NewerVersion n) {
            throw BoardFileException.newerVersion(Messages.get("io.error.plain", source,
                    Messages.get("io.problem.newerVersion", String.valueOf(n.version), String.valueOf(FORMAT_VERSION))));
        }
    }

    /** The board as pretty-printed JSON with a fixed field order, ending in a newline. */
    public static String write(Board board) {
        return JsonFormat.write(BoardJson.File.of(board));
    }

    /** The file's bytes, refusing folders, special files and oversized files before opening them. */
    private static byte[] readBytes(Path file, String source) throws BoardFileException {
        try {
            return SafeFiles.read(file, MAX_BYTES);
        } catch (SafeFiles.Unreadable e) {
            if (e.kind() == SafeFiles.Unreadable.Kind.TOO_LARGE) {
                long size = sizeOf(file);
                throw tooLarge(source, size);
            }
            throw new BoardFileException(Messages.get("io.error.plain", source, e.getMessage()), e.getCause());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return MAX_BYTES + 1;
        }
    }

    /**
     * Checks the bytes are strict UTF-8 (in small chunks: no second copy of the file in memory) and returns where
     * the JSON starts, after a byte-order mark some editors add.
     */
    private static int checkUtf8(byte[] bytes, String source) throws BoardFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int bad = in.position();
                throw new BoardFileException(Messages.get("io.error.where", source, lineColumn(bytes, start, bad),
                        Messages.get("io.problem.notUtf8", String.format("0x%02X", bytes[bad] & 0xff))));
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        if (decoder.flush(out).isError()) {
            throw new BoardFileException(Messages.get("io.error.plain", source, Messages.get("io.problem.truncated")));
        }
        return start;
    }

    /** "line L, column C" of byte {@code offset}, counting columns in characters as an editor does. */
    private static String lineColumn(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) { // skip UTF-8 continuation bytes
                column++;
            }
        }
        return Messages.get("io.where.lineColumn", String.valueOf(line), String.valueOf(column));
    }

    private static BoardFileException tooLarge(String source, long size) {
        return plain(source, Messages.get("io.problem.tooLarge", SafeFiles.megabytes(size),
                SafeFiles.megabytes(MAX_BYTES)));
    }

    private static BoardFileException plain(String source, String problem) {
        return new BoardFileException(Messages.get("io.error.plain", source, problem));
    }
}
