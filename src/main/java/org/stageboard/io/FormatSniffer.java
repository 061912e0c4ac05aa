package org.stageboard.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what a file claims to be from its raw bytes, before and regardless of any validation: a tolerant scan for
 * the top-level {@code "format"} and {@code "version"} fields that skips comments, ignores trailing commas,
 * duplicate keys, bad UTF-8 and anything else wrong around them. This is what decides whether a file may be
 * overwritten, so a newer Stageboard's file is recognised as such even when this version could not parse it.
 */
public final class FormatSniffer {
    /** What the bytes claim. */
    public enum Claim {
        /** Nothing to lose: no bytes at all. */
        EMPTY,
        /** A file of the expected format at a version this app reads (or older). */
        CURRENT_OR_OLDER,
        /** The expected format at a version above what this app reads (written as a number or as text). */
        NEWER,
        /** Anything else: another program's file, or one without recognisable format and version. */
        FOREIGN
    }

    private static final int MAX_TOKEN = 200;

    private FormatSniffer() {
    }

    /** What {@code bytes} claim to be, measured against format {@code format} up to version {@code maxVersion}. */
    public static Claim sniff(byte[] bytes, String format, int maxVersion) {
        if (isBlank(bytes)) {
            return Claim.EMPTY;
        }
        Fields f = scan(bytes);
        if (!f.formats.contains(format)) {
            return Claim.FOREIGN;
        }
        if (f.formats.size() > 1 || f.versions.isEmpty()) {
            // two formats or no version: some other program's idea of our file, or a broken one
            return f.versions.stream().anyMatch(v -> isNewer(v, maxVersion)) ? Claim.NEWER : Claim.FOREIGN;
        }
        if (f.versions.stream().anyMatch(v -> isNewer(v, maxVersion))) {
            return Claim.NEWER;
        }
        // a version 0, a fraction or a word is nothing this app wrote: not ours to replace without asking
        return f.versions.stream().allMatch(v -> isKnown(v, maxVersion)) ? Claim.CURRENT_OR_OLDER : Claim.FOREIGN;
    }

    /** A version above {@code max}, whether written as a number ({@code 99}, {@code 2.0}) or a string ({@code "99"}). */
    private static boolean isNewer(String raw, int max) {
        Double v = number(raw);
        return v != null && v > max;
    }

    /** A whole number from 1 to {@code max}: anything else (text, fractions) is not a version we wrote. */
    private static boolean isKnown(String raw, int max) {
        Double v = number(raw);
        return v != null && v >= 1 && v <= max && v == Math.rint(v) && !raw.startsWith("\"");
    }

    private static Double number(String raw) {
        String t = unquote(raw).strip();
        try {
            double v = Double.parseDouble(t);
            return Double.isNaN(v) ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private record Fields(List<String> formats, List<String> versions) {
    }

    /**
     * Every value of a {@code "format"} or {@code "version"} key at the top level of the outermost object. String
     * values keep their quotes; numbers and bare words come as written.
     */
    private static Fields scan(byte[] b) {
        List<String> formats = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        int depth = 0;
        String lastKey = null; // a string at depth 1 that may turn out to be a key
        boolean expectValueOf = false;
        String key = null;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == '/' && i + 1 < b.length && b[i + 1] == '/') {
                while (i < b.length && b[i] != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < b.length && b[i + 1] == '*') {
                i += 2;
                while (i + 1 < b.length && !(b[i] == '*' && b[i + 1] == '/')) {
                    i++;
                }
                i += 2;
                continue;
            }
            if (c == '"') {
                int end = stringEnd(b, i);
                // keys and format names are short; a long string is neither, and is not copied
                String text = end - i > MAX_TOKEN ? "\"\u2026\"" : new String(b, i, end - i, StandardCharsets.UTF_8);
                if (depth == 1 && expectValueOf) {
                    record(key, text, formats, versions);
                    expectValueOf = false;
                } else if (depth == 1) {
                    lastKey = text;
                }
                i = end;
                continue;
            }
            if (c == ':' && depth == 1 && lastKey != null) {
                key = lastKey;
                lastKey = null;
                expectValueOf = key.equals("\"format\"") || key.equals("\"version\"");
                i++;
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
                expectValueOf = false;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth <= 0) {
                    break; // the end of the outermost value: anything after it is not ours to judge
                }
            } else if (c == ',') {
                lastKey = null;
                expectValueOf = false;
            } else if (depth == 1 && expectValueOf && c > ' ') {
                int end = i;
                while (end < b.length && end - i < MAX_TOKEN && " \t\r\n,}]/".indexOf(b[end]) < 0) {
                    end++;
                }
                record(key, new String(b, i, end - i, StandardCharsets.UTF_8), formats, versions);
                expectValueOf = false;
                i = end;
                continue;
            }
            i++;
        }
        return new Fields(formats, versions);
    }

    private static void record(String key, String value, List<String> formats, List<String> versions) {
        if (key.equals("\"format\"")) {
            formats.add(unquote(value));
        } else {
            versions.add(value);
        }
    }

    /** A string token without its quotes; a file cut inside the string may lack the closing one. */
    private static String unquote(String token) {
        if (!token.startsWith("\"")) {
            return token;
        }
        int end = token.length() > 1 && token.endsWith("\"") ? token.length() - 1 : token.length();
        return token.substring(1, end);
    }

    /** The index just after the closing quote of the string starting at {@code start}, skipping escapes. */
    private static int stringEnd(byte[] b, int start) {
        int i = start + 1;
        while (i < b.length && b[i] != '"') {
            i += b[i] == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, b.length);
    }
}
