package org.stageboard.io;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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

    /** Nesting far beyond a board's four levels is refused before it can exhaust the stack or the heap. */
    static final int MAX_DEPTH = 64;
    /** The longest text a board field may hold, in characters. */
    static final int MAX_STRING_CHARS = 10_000_000;
    /** Digits in one number: coordinates need a few dozen at most. */
    static final int MAX_NUMBER_CHARS = 100;
    /** Values (objects, lists, strings, numbers) in one board: tens of thousands of boxes, bounded memory. */
    static final int MAX_VALUES = 200_000;
    /** The only fields a board file may carry; any other is skipped while parsing, never built into a tree. */
    static final Set<String> KNOWN_FIELDS = Set.of("format", "version", "title", "prompt", "templateId", "profile",
            "nodes", "edges", "id", "stage", "text", "hint", "tradeoffs", "choice", "over", "because",
            "x", "y", "width", "height", "from", "to", "label", "language");

    private static final JsonFactory FACTORY = createFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private BoardCodec() {
    }

    private static JsonFactory createFactory() {
        return JsonFactory.builder()
                // NaN and Infinity then parse as numbers, so the user hears "x is not a finite number", not a syntax error
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .build();
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
        try (JsonParser p = FACTORY.createParser(bytes, start, bytes.length - start)) {
            return parse(p, source);
        } catch (IOException e) {
            throw new BoardFileException(Messages.get("io.error.plain", source,
                    Messages.get("io.problem.cannotRead", IoProblems.describe(e))), e);
        }
    }

    /** Reads a board from JSON text; {@code sourceName} names it in error messages. */
    public static Board readString(String json, String sourceName) throws BoardFileException {
        if (json.length() > MAX_BYTES) {
            throw tooLarge(sourceName, json.length());
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            return parse(p, sourceName);
        } catch (IOException e) {
            throw new BoardFileException(Messages.get("io.error.plain", sourceName,
                    Messages.get("io.problem.cannotRead", IoProblems.describe(e))), e);
        }
    }

    /**
     * A parser over {@code json} with the board file's limits (nesting, string and number length, document size),
     * for formats that embed boards, such as the rehearsal session log.
     */
    public static JsonParser limitedParser(byte[] json, int offset, int length) throws IOException {
        return FACTORY.createParser(json, offset, length);
    }

    /** The same for text. */
    public static JsonParser limitedParser(String json) throws IOException {
        return FACTORY.createParser(json);
    }

    /** The fields a board, box, arrow or trade-off may have: what embedding formats keep of an embedded board. */
    public static Set<String> knownFields() {
        return KNOWN_FIELDS;
    }

    private static Board parse(JsonParser p, String source) throws BoardFileException {
        JsonNode root;
        try {
            root = BoundedTree.read(p, KNOWN_FIELDS, MAX_VALUES);
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        } catch (IOException e) {
            throw new BoardFileException(Messages.get("io.error.plain", source,
                    Messages.get("io.problem.cannotRead", IoProblems.describe(e))), e);
        }
        return new BoardReader(source).read(root);
    }

    /** The board as pretty-printed JSON with a fixed field order, ending in a newline. */
    public static String write(Board board) {
        try {
            return JsonText.escapeLoneSurrogates(
                    MAPPER.writer(prettyPrinter()).writeValueAsString(BoardTree.toTree(board))) + "\n";
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

    private static BoardFileException syntaxError(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String problem;
        if (e instanceof BoundedTree.TooManyValues tooMany) {
            problem = Messages.get("io.problem.tooManyValues", String.valueOf(tooMany.limit()));
        } else if (e instanceof StreamConstraintsException) {
            problem = Messages.get("io.problem.limit", Excerpt.of(jacksonReason(e), 120));
        } else if (e instanceof JsonEOFException) {
            problem = Messages.get("io.problem.truncated");
        } else {
            problem = Messages.get("io.problem.notJson", Excerpt.of(jacksonReason(e), 160));
        }
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
        m = m.replaceAll(", from `[^`]*`", ""); // names a Java method, which tells the user nothing
        // Jackson lists every token kind it would accept; "a JSON value" says the same to a person
        return m.replaceAll("\\(JSON String, Number.*'false'\\)", "a JSON value").strip();
    }

    private static BoardFileException tooLarge(String source, long size) {
        return plain(source, Messages.get("io.problem.tooLarge", SafeFiles.megabytes(size),
                SafeFiles.megabytes(MAX_BYTES)));
    }

    private static BoardFileException plain(String source, String problem) {
        return new BoardFileException(Messages.get("io.error.plain", source, problem));
    }
}
