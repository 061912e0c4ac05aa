package org.stageboard.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Byte-level mutations of real files, the way a bad disk, a careless editor or a hostile hand damages them. */
final class Mutations {
    /** Fragments that stress a JSON reader: structure, escapes, extreme numbers, bad UTF-8, separators. */
    private static final List<byte[]> TOKENS = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "true", "-0",
            "1e999999", "-1e400", "NaN", "123456789012345678901234567890", "\\ud800", "\"\\udc00\"", "\\u0000",
            "\u2028", "\u2029", "//", "/*", "\"version\": 99", "\"format\": \"stageboard\"", "\"nodes\": [{}]",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
            "\"id\": \"n1\"", "\"stage\": \"\"", "\uFEFF").stream()
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();

    /** One edit to a file; positions are fractions of the current length so they fit any file. */
    record Op(int kind, double at, int length, int value) {
    }

    private Mutations() {
    }

    static Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 64),
                Arbitraries.integers().between(0, 255)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(6);
    }

    static byte[] apply(byte[] seed, List<Op> ops) {
        byte[] b = seed;
        for (Op op : ops) {
            b = apply(b, op);
        }
        return b;
    }

    private static byte[] apply(byte[] b, Op op) {
        int at = (int) (op.at() * b.length);
        int end = Math.min(b.length, at + op.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 128);
        switch (op.kind()) {
            case 0 -> { // flip one byte
                byte[] c = b.clone();
                if (c.length > 0) {
                    c[Math.min(at, c.length - 1)] = (byte) op.value();
                }
                return c;
            }
            case 1 -> { // delete a run
                out.write(b, 0, at);
                out.write(b, end, b.length - end);
            }
            case 2 -> { // duplicate a run in place
                out.write(b, 0, end);
                out.write(b, at, end - at);
                out.write(b, end, b.length - end);
            }
            case 3 -> { // insert a stress token
                out.write(b, 0, at);
                out.writeBytes(TOKENS.get(op.value() % TOKENS.size()));
                out.write(b, at, b.length - at);
            }
            case 4 -> { // truncate
                out.write(b, 0, at);
            }
            case 5 -> { // insert random bytes
                out.write(b, 0, at);
                for (int i = 0; i < op.length(); i++) {
                    out.write((op.value() * 31 + i * 17) & 0xff);
                }
                out.write(b, at, b.length - at);
            }
            case 6 -> { // move a run to the front (reorders fields and values)
                out.write(b, at, end - at);
                out.write(b, 0, at);
                out.write(b, end, b.length - end);
            }
            default -> { // repeat a token many times (deep nesting, long lists)
                byte[] t = TOKENS.get(op.value() % TOKENS.size());
                out.write(b, 0, at);
                for (int i = 0; i < op.length() * 8; i++) {
                    out.writeBytes(t);
                }
                out.write(b, at, b.length - at);
            }
        }
        return out.toByteArray();
    }
}
