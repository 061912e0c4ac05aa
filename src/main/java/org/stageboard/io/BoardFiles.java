package org.stageboard.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.stageboard.model.Board;

/**
 * TEMPORARY stand-in written by the templates-engine helper so that the "new" command can write a board before the
 * io helper's BoardCodec/BoardFiles is merged. The integrator must DROP this file in favour of the io helper's
 * {@code BoardFiles} (the callers only use {@code save(Path, Board)} and {@code load(Path)}).
 */
public final class BoardFiles {
    // derived is-getters (Node.isEmptyAnswer, TradeOff.isComplete) are not data
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private BoardFiles() {
    }

    /** Writes {@code board} to {@code file} (via a temporary file, so a failed write leaves no half file). */
    public static void save(Path file, Board board) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(board));
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }

    public static Board load(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Board.class);
    }
}
