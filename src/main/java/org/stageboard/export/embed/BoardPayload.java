package org.stageboard.export.embed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.model.Board;

/**
 * A board as text that fits inside an image: the {@code .stageboard} JSON, deflated and base64-encoded (the SVG
 * carries it so); PNG's iTXt chunk compresses the plain JSON itself. Reading goes back through the board codec, so
 * a board inside an image is checked exactly like a board file.
 */
public final class BoardPayload {
    private BoardPayload() {
    }

    public static String encode(Board board) {
        byte[] json = BoardCodec.write(board).getBytes(StandardCharsets.UTF_8);
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(json);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 64);
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** The board in {@code payload}; {@code source} names the image in messages. */
    public static Board decode(String payload, String source) throws BoardFileException {
        byte[] packed;
        try {
            packed = Base64.getMimeDecoder().decode(payload.strip());
        } catch (IllegalArgumentException e) {
            throw damaged(source, e);
        }
        Inflater inf = new Inflater();
        inf.setInput(packed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
        byte[] buf = new byte[8192];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw damaged(source, null);
                }
                out.write(buf, 0, n);
                if (out.size() > BoardCodec.MAX_BYTES) {
                    throw new BoardFileException(Messages.get("export.embed.tooLarge", source,
                            BoardCodec.MAX_BYTES >> 20));
                }
            }
        } catch (DataFormatException e) {
            throw damaged(source, e);
        } finally {
            inf.end();
        }
        return BoardCodec.readString(out.toString(StandardCharsets.UTF_8), source);
    }

    static BoardFileException damaged(String source, Exception cause) {
        return new BoardFileException(Messages.get("export.embed.damaged", source), cause);
    }
}
