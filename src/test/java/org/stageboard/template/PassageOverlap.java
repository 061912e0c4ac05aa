package org.stageboard.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds long passages two template files share word for word (case-insensitive), a sign of copy-paste between use
 * cases. Every string value of a file counts except identifiers (id, format, category, profile, stage); passages
 * never span two fields. A passage is {@value #WORDS} words long; a Chinese or Japanese character counts as half a
 * word, since it carries about that much meaning.
 */
final class PassageOverlap {
    static final double WORDS = 12;
    private static final Set<String> IDENTIFIERS = Set.of("id", "format", "category", "profile", "stage");

    record Overlap(String fileA, String fileB, String passage) {
    }

    private PassageOverlap() {
    }

    static List<Overlap> find(List<Path> files) throws IOException {
        Map<String, String> firstFileOf = new HashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        List<Overlap> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Set<String> own = new LinkedHashSet<>();
            for (String field : strings(json.readTree(f.toFile()))) {
                own.addAll(passages(tokens(field)));
            }
            for (String p : own) {
                String other = firstFileOf.putIfAbsent(p, name);
                if (other != null && !other.equals(name) && reported.add(other + "|" + name)) {
                    out.add(new Overlap(other, name, p));
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!IDENTIFIERS.contains(e.getKey())) {
                    collect(e.getValue(), out);
                }
            }
        }
    }

    /** Words of letters and digits, and single wide (CJK) characters, lowercased. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = TextMetrics.isWide(cp);
            if (Character.isLetterOrDigit(cp) && !wide) {
                word.appendCodePoint(cp);
                continue;
            }
            if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            if (wide && Character.isLetterOrDigit(cp)) {
                out.add(new String(Character.toChars(cp)));
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** Every run of tokens worth {@value #WORDS} words. */
    private static List<String> passages(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            double weight = 0;
            StringBuilder sb = new StringBuilder();
            for (int k = start; k < tokens.size() && weight < WORDS; k++) {
                String t = tokens.get(k);
                weight += TextMetrics.isWide(t.codePointAt(0)) ? 0.5 : 1;
                sb.append(t).append(' ');
            }
            if (weight >= WORDS) {
                out.add(sb.toString().trim());
            } else {
                break;
            }
        }
        return out;
    }
}
