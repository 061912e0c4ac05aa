package org.stageboard.export;

import ar.com.hjg.pngj.chunks.ChunkHelper;
import ar.com.hjg.pngj.chunks.ChunkRaw;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A PNG's image data as one zlib stream laid over IDAT chunks, from raw deflate segments compressed apart
 * ({@link StripDeflater}): the zlib header, the segments in order, and the Adler-32 of all the scanlines combined
 * from the segments' own. Chunks are written with PNGJ's chunk writer (length, type, data, CRC).
 */
final class IdatOutput {
    /** The most data in one IDAT chunk. */
    private static final int CHUNK = 1 << 18;
    /** zlib header: deflate with a 32 KB window, "fastest" level (a hint only), no dictionary; a multiple of 31. */
    private static final byte[] HEADER = {0x78, 0x01};
    private static final int ADLER_BASE = 65521;
    private final OutputStream out;
    private final byte[] buffer = new byte[CHUNK];
    private int used;
    private long adler = 1;

    IdatOutput(OutputStream out) {
        this.out = out;
        put(HEADER, 0, HEADER.length);
    }

    /** Lays the next segment after the previous ones. */
    void add(StripDeflater.Segment s) {
        put(s.data(), 0, s.length());
        adler = combine(adler, s.adler(), s.rawLength());
    }

    /** Ends the stream with its checksum and writes what is left (call after the segment that finished deflate). */
    void end() throws IOException {
        byte[] trailer = {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler};
        put(trailer, 0, trailer.length);
        flush();
    }

    private void put(byte[] data, int from, int length) {
        while (length > 0) {
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(data, from, buffer, used, n);
            used += n;
            from += n;
            length -= n;
            if (used == CHUNK) {
                flush();
            }
        }
    }

    private void flush() {
        if (used == 0) {
            return;
        }
        ChunkRaw chunk = new ChunkRaw(used, ChunkHelper.b_IDAT, false);
        chunk.data = buffer;
        chunk.writeChunk(out);
        used = 0;
    }

    /** The Adler-32 of two byte runs one after the other, from theirs and the second's length (zlib's adler32_combine). */
    static long combine(long first, long second, long secondLength) {
        long rem = secondLength % ADLER_BASE;
        long sum1 = first & 0xffff;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (second & 0xffff) + ADLER_BASE - 1;
        sum2 += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + ADLER_BASE - rem;
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum1 >= ADLER_BASE) {
            sum1 -= ADLER_BASE;
        }
        if (sum2 >= 2L * ADLER_BASE) {
            sum2 -= 2L * ADLER_BASE;
        }
        if (sum2 >= ADLER_BASE) {
            sum2 -= ADLER_BASE;
        }
        return sum1 | sum2 << 16;
    }
}
