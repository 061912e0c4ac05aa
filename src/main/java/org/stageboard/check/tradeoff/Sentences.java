package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into sentences by offset, and knows which of them ask rather than decide: questions
 * ("batch or online?") and the instructions of a hint ("justify your choice", "请说明", "обоснуйте").
 */
final class Sentences {
    /** [start, end) of one sentence; {@code asks} when it is a question or an instruction. */
    record Sentence(int start, int end, boolean asks) {
    }

    /** ";" joins clauses of one thought ("X instead of Y; shares signal"), so it does not end a sentence. */
    private static final String ENDS = "!?\n！？。";
    private static final String[] INSTRUCTIONS = {"your ", "you ", "justify", "explain why", "describe ",
        "e.g.", "state the", "name the", "think about", "consider ", "你的", "你会", "请说明", "请描述", "请列出", "请给出", "说明你", "描述一下",
        "ваш", "вы ", "опишите", "объясните", "обоснуйте", "укажите", "назовите", "подумайте"};

    private Sentences() {
    }

    static List<Sentence> split(String norm) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = norm.length();
        for (int i = 0; i < n; i++) {
            char c = norm.charAt(i);
            boolean end = ENDS.indexOf(c) >= 0 || (c == '.' && periodEnds(norm, i));
            if (end) {
                while (i + 1 < n && ENDS.indexOf(norm.charAt(i + 1)) >= 0) {
                    i++; // "?!" and blank lines stay with the sentence they end
                }
                add(out, norm, start, i + 1);
                start = i + 1;
            }
        }
        add(out, norm, start, n);
        return out;
    }

    /** "." ends a sentence before a space or the end, but not in "vs.", "т.к.", "e.g.", "b.c." or "10.5". */
    private static boolean periodEnds(String s, int i) {
        if (i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
            return false;
        }
        String before = s.substring(Math.max(0, i - 4), i);
        return !(before.endsWith("vs") || before.endsWith("т.к") || before.endsWith("т. к") || before.endsWith("e.g")
                || before.endsWith("i.e") || before.endsWith("b.c") || before.endsWith("etc") || before.endsWith(" к")
                || before.endsWith("т.е"));
    }

    /**
     * Round 23: "you" deep in a sentence is the generic you of a reason ("the boat doesn't care about your erg", "can't
     * tell you which tiger", "timing w/ your partner"), not a hint's instruction, which addresses the writer within its
     * first words ("justify your choice", "what did you pick", "name the model, what you rejected").
     */
    private static boolean genericYou(String t, String w) {
        int at = t.indexOf(" " + w);
        return t.substring(0, at).strip().split("\\s+").length >= 5 && !t.substring(0, at).contains("[");
    }

    private static void add(List<Sentence> out, String s, int start, int end) {
        String t = s.substring(start, end).strip();
        if (t.isEmpty()) {
            return;
        }
        boolean asks = (t.endsWith("?") || t.endsWith("？")) && !t.endsWith("???")
                || t.endsWith("吗") || t.endsWith("吗。") || t.endsWith("呢");
        for (String w : INSTRUCTIONS) {
            boolean generic = w.startsWith("you") && t.contains(" " + w) && !t.startsWith(w) && genericYou(t, w);
            asks |= !generic && (t.startsWith(w) || t.contains(" " + w) || (w.charAt(0) > 0x2e80 && t.contains(w)));
        }
        out.add(new Sentence(start, end, asks));
    }
}
