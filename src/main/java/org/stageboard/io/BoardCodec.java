package org.stageboard.io;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    private static final ObjectMapper MAPPER = createMapper();

    private BoardCodec() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                // NaN and Infinity then parse as numbers, so the user hears "x is not a finite number", not a syntax error
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) MAX_BYTES).build())
                .build();
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads the board file at {@code file}. */
    public static Board read(Path file) throws BoardFileException {
        String source = file.toString();
        return readString(readText(file, source), source);
    }

    /** Reads a board from JSON text; {@code sourceName} names it in error messages. */
    public static Board readString(String json, String sourceName) throws BoardFileException {
        if (json.length() > MAX_BYTES) {
            throw tooLarge(sourceName, json.length());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(sourceName, e);
        }
        return new BoardReader(sourceName).read(root);
    }

    /** The board as pretty-printed JSON with a fixed field order, ending in a newline. */
    public static String write(Board board) {
        try {
            return MAPPER.writer(prettyPrinter()).writeValueAsString(BoardTree.toTree(board)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // "\n" on every platform so a file saved on Windows diffs cleanly against one saved on Linux
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** The file's bytes as strictly decoded UTF-8, refusing folders, special files and oversized files. */
    private static String readText(Path file, String source) throws BoardFileException {
        if (Files.isDirectory(file)) {
            throw plain(source, Messages.get("io.problem.isFolder"));
        }
        if (!Files.exists(file)) {
            throw plain(source, Messages.get("io.problem.notFound"));
        }
        if (!Files.isRegularFile(file)) {
            // a pipe or device could block forever or never end
            throw plain(source, Messages.get("io.problem.notRegular"));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // bounded even if the file grows meanwhile
            }
        } catch (NoSuchFileException e) {
            throw plain(source, Messages.get("io.problem.notFound"));
        } catch (IOException e) {
            throw new BoardFileException(Messages.get("io.error.plain", source,
                    Messages.get("io.problem.cannotRead", IoProblems.describe(e))), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        return decodeUtf8(bytes, source);
    }

    private static String decodeUtf8(byte[] bytes, String source) throws BoardFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0; // tolerate a byte-order mark some editors add
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            throw new BoardFileException(Messages.get("io.error.where", source, lineColumn(bytes, start, bad),
                    Messages.get("io.problem.notUtf8", String.format("0x%02X", bytes[bad] & 0xff))));
        }
        out.flip();
        return out.toString();
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

    private static BoardFileException syntaxError(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String problem = e instanceof JsonEOFException
                ? Messages.get("io.problem.truncated")
                : Messages.get("io.problem.notJson", jacksonReason(e));
        if (at == null || at.getLineNr() < 1) {
            return new BoardFileException(Messages.get("io.error.plain", source, problem), e);
        }
        String where = Messages.get("io.where.lineColumn", String.valueOf(at.getLineNr()),
                String.valueOf(at.getColumnNr()));
        return new BoardFileException(Messages.get("io.error.where", source, where, problem), e);
    }

    /** Jackson's own wording, without the "at [Source: ...]" trailer it appends. */
    private static String jacksonReason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = m.indexOf(" at [Source");
        m = cut >= 0 ? m.substring(0, cut) : m;
        cut = m.indexOf('\n');
        m = cut >= 0 ? m.substring(0, cut) : m;
        // Jackson lists every token kind it would accept; "a JSON value" says the same to a person
        return m.replaceAll("\\(JSON String, Number.*'false'\\)", "a JSON value").strip();
    }

    private static BoardFileException tooLarge(String source, long size) {
        return plain(source, Messages.get("io.problem.tooLarge", megabytes(size), megabytes(MAX_BYTES)));
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    private static BoardFileException plain(String source, String problem) {
        return new BoardFileException(Messages.get("io.error.plain", source, problem));
    }
}
