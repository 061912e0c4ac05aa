package org.stageboard.export;

import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Compresses one strip of a picture's rows on its own, so that strips can be compressed on several cores at once
 * (as pigz does): the rows become PNG scanlines (filter byte "none", then RGB or RGBA samples) and a raw deflate
 * segment that ends on a byte boundary, ready to be laid after the previous strip's segment in one zlib stream
 * ({@link IdatOutput}). Each segment starts without the previous strip's window, which costs a few hundred bytes a
 * strip on a board's flat colours. One per thread; reused strip after strip.
 */
final class StripDeflater {
    /** Rows are converted into this many bytes before each call into zlib. */
    private static final int BATCH = 1 << 17;
    private final Deflater deflater = new Deflater(PngStream.DEFLATE_LEVEL, true);
    private final Adler32 adler = new Adler32();
    private byte[] rows = new byte[0];
    private byte[] out = new byte[1 << 16];

    /** One strip's compressed scanlines: {@code length} bytes of {@code data}, and the Adler-32 of the raw ones. */
    record Segment(byte[] data, int length, long adler, long rawLength) {
    }

    /**
     * The strip's {@code count} rows of {@code width} ARGB pixels from {@code argb}, compressed; {@code last} ends the
     * deflate stream (the picture's last strip), any other ends on a byte boundary for the next segment.
     */
    Segment compress(int[] argb, int width, int count, boolean alpha, boolean last) {
        int rowBytes = 1 + width * (alpha ? 4 : 3);
        int perBatch = Math.max(1, BATCH / rowBytes);
        if (rows.length < perBatch * rowBytes) {
            rows = new byte[perBatch * rowBytes];
        }
        deflater.reset();
        adler.reset();
        int length = 0;
        for (int r = 0; r < count; r += perBatch) {
            int n = Math.min(perBatch, count - r);
            for (int i = 0; i < n; i++) {
                rows[i * rowBytes] = 0; // filter: none (PngStream.FILTER)
                PngStream.toBytes(argb, (r + i) * width, width, alpha, rows, i * rowBytes + 1);
            }
            adler.update(rows, 0, n * rowBytes);
            deflater.setInput(rows, 0, n * rowBytes);
            while (!deflater.needsInput()) {
                length = deflate(length, Deflater.NO_FLUSH);
            }
        }
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                length = deflate(length, Deflater.NO_FLUSH);
            }
        } else {
            // SYNC_FLUSH is done once it leaves room in the output; the segment then ends on a byte boundary
            do {
                length = deflate(length, Deflater.SYNC_FLUSH);
            } while (length == out.length);
        }
        return new Segment(Arrays.copyOf(out, length), length, adler.getValue(), (long) count * rowBytes);
    }

    private int deflate(int length, int flush) {
        if (length == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        return length + deflater.deflate(out, length, out.length - length, flush);
    }

    /** Lets go of zlib's memory. */
    void end() {
        deflater.end();
    }
}
