package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Strips compressed apart and laid one after the other make one zlib stream of all the scanlines, checksum and all. */
class StripDeflaterTest {
    @Test
    void theCombinedChecksumIsThatOfTheBytesOneAfterTheOther() {
        Random random = new Random(15);
        for (int i = 0; i < 200; i++) {
            byte[] a = new byte[random.nextInt(70_000)];
            byte[] b = new byte[random.nextInt(140_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            Adler32 whole = new Adler32();
            whole.update(a);
            whole.update(b);
            assertEquals(whole.getValue(), IdatOutput.combine(adler(a), adler(b), b.length), "case " + i);
        }
        assertEquals(adler(new byte[] {1, 2, 3}), IdatOutput.combine(1, adler(new byte[] {1, 2, 3}), 3),
                "after nothing (Adler-32 of no bytes is 1)");
    }

    @Test
    void segmentsOfSeveralStripsInflateToEveryScanlineInOrder() throws Exception {
        int width = 301;
        int[] pixels = new int[width * 100];
        Random random = new Random(7);
        for (int i = 0; i < pixels.length; i++) {
            // flat colour with noisy patches, as a board is
            pixels[i] = i % 997 < 200 ? random.nextInt() : 0xffffffff;
        }
        for (boolean alpha : new boolean[] {false, true}) {
            StripDeflater deflater = new StripDeflater();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            IdatOutput idat = new IdatOutput(png);
            int[] cuts = {0, 37, 38, 100};
            for (int s = 0; s + 1 < cuts.length; s++) {
                int rows = cuts[s + 1] - cuts[s];
                int[] strip = new int[rows * width];
                System.arraycopy(pixels, cuts[s] * width, strip, 0, strip.length);
                idat.add(deflater.compress(strip, width, rows, alpha, s + 2 == cuts.length));
            }
            idat.end();
            byte[] expected = scanlines(pixels, width, alpha);
            Inflater inflater = new Inflater(); // zlib, checking the header and the Adler-32 at the end
            inflater.setInput(idatData(png.toByteArray()));
            byte[] actual = new byte[expected.length + 10];
            int n = inflater.inflate(actual);
            assertTrue(inflater.finished(), "one complete zlib stream, its checksum checked");
            assertEquals(expected.length, n);
            byte[] exact = new byte[n];
            System.arraycopy(actual, 0, exact, 0, n);
            assertArrayEquals(expected, exact);
        }
    }

    private static byte[] scanlines(int[] pixels, int width, boolean alpha) {
        int rowBytes = 1 + width * (alpha ? 4 : 3);
        byte[] out = new byte[pixels.length / width * rowBytes];
        for (int r = 0; r < pixels.length / width; r++) {
            PngStream.toBytes(pixels, r * width, width, alpha, out, r * rowBytes + 1);
        }
        return out;
    }

    /** The data of the IDAT chunks one after the other, checking each chunk's type. */
    private static byte[] idatData(byte[] chunks) {
        ByteBuffer in = ByteBuffer.wrap(chunks);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            assertEquals("IDAT", new String(type, java.nio.charset.StandardCharsets.US_ASCII));
            byte[] d = new byte[length];
            in.get(d);
            data.writeBytes(d);
            in.getInt(); // CRC
        }
        return data.toByteArray();
    }

    private static long adler(byte[] b) {
        Adler32 a = new Adler32();
        a.update(b);
        return a.getValue();
    }
}
