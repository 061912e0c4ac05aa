package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.TradeoffReader.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.check.tradeoff.Sentences.Sentence;

/** The parts found in one sentence or window, as [start, end) offsets into the normalised text. */
final class FoundParts {
    int[] choice;
    int[] alternative;
    int[] reason;
    final List<int[]> options = new ArrayList<>();
    /** Clauses that only describe an option by a quality: "大模型准", "batch is cheap". */
    final List<int[]> qualityClauses = new ArrayList<>();
    boolean altNeedsChoiceFromContext;
    /** Read by {@link PickedOption}: options listed, then one picked. */
    boolean pickedFromList;

    void set(Part p, int[] span) {
        if (span == null) {
            return;
        }
        switch (p) {
            case CHOICE -> choice = choice == null ? span : choice;
            case ALTERNATIVE -> alternative = alternative == null ? span : alternative;
            case REASON -> reason = reason == null ? span : reason;
        }
    }

    void merge(FoundParts f) {
        set(Part.CHOICE, f.choice);
        set(Part.ALTERNATIVE, f.alternative);
        set(Part.REASON, f.reason);
        options.addAll(f.options);
        qualityClauses.addAll(f.qualityClauses);
        altNeedsChoiceFromContext |= f.altNeedsChoiceFromContext;
    }

    int count() {
        return (choice != null ? 1 : 0) + (alternative != null ? 1 : 0) + (reason != null ? 1 : 0);
    }

    /**
     * Options listed ("batch vs online") are alternatives; one of them restated later in the window
     * ("…: online, because…") is the choice.
     */
    void resolveOptions(String norm, List<Sentence> sentences, int from, int to) {
        if (options.isEmpty()) {
            return;
        }
        if (choice != null) {
            // "选方案二" after "方案一…方案二…": the option not chosen is the alternative
            String chosen = norm.substring(choice[0], choice[1]);
            for (int[] o : options) {
                String text = norm.substring(o[0], o[1]);
                if (alternative == null && !chosen.contains(text) && !text.contains(chosen)) {
                    alternative = o;
                }
            }
            return;
        }
        for (int x = 0; x < options.size(); x++) {
            for (int y = x + 1; y < options.size(); y++) {
                String a = norm.substring(options.get(x)[0], options.get(x)[1]);
                if (a.equals(norm.substring(options.get(y)[0], options.get(y)[1]))) {
                    choice = options.get(y); // "a) … b) …. b) since …": a label said again is the pick
                    for (int[] o : options) {
                        if (alternative == null && !norm.substring(o[0], o[1]).equals(a)) {
                            alternative = o;
                        }
                    }
                    return;
                }
            }
        }
        int optionsEnd = options.stream().mapToInt(o -> o[1]).max().orElse(0);
        int windowEnd = sentences.get(to - 1).end();
        String after = norm.substring(optionsEnd, windowEnd);
        for (int[] o : options) {
            for (String w : optionKeys(norm.substring(o[0], o[1]))) {
                int at = indexOfWord(after, w);
                boolean composite = w.contains(" ") || w.startsWith("→") || w.startsWith("->")
                        || PICK_WORDS.stream().anyMatch(w::startsWith) && w.length() <= 4;
                at = at > 0 && !composite && !opensClause(after, at) ? namedFromItsStart(after, at, norm, o) : at;
                if (at >= 0 && (composite || opensClause(after, at))) {
                    int s = optionsEnd + at;
                    choice = Spans.wholeWords(norm, s, s + w.length());
                    alternative = o;
                    for (int[] other : options) {
                        if (other != o) {
                            alternative = other;
                        }
                    }
                    if (droppedAfter(norm, choice[1])) { // "Prophet out": the option restated is the one dropped
                        int[] dropped = o;
                        choice = alternative;
                        alternative = dropped;
                    }
                    return;
                }
            }
        }
    }

    /**
     * Round 21: "小 bert vs 大模型 API: 小 bert, 因为…": the words before the key, back to the clause's start, are the
     * option's own (a one-character word it opens with, which gives no key): the option is named again from its start.
     */
    private static int namedFromItsStart(String after, int at, String norm, int[] option) {
        int k = at;
        while (k > 0 && !isBoundary(after, k - 1) && ".>\n".indexOf(after.charAt(k - 1)) < 0) {
            k--;
        }
        String head = after.substring(k, at).strip();
        String text = norm.substring(option[0], option[1]);
        return !head.isEmpty() && head.length() <= 4 && text.contains(head) ? k + after.substring(k, at).indexOf(head) : at;
    }

    /** Words right after a restated option that drop it rather than pick it: "Prophet out", "Prophet выкидываем". */
    static final List<String> DROPPED = List.of("out", "dropped", "rejected", "loses", "lost", "is out", "killed",
            "выкидываем", "выкинули", "отпадает", "отпал", "не подходит", "проиграл", "淘汰", "出局", "不要", "放弃", "否掉");

    static boolean droppedAfter(String norm, int end) {
        int k = end;
        while (k < norm.length() && norm.charAt(k) == ' ') {
            k++;
        }
        for (String d : DROPPED) {
            int e = k + d.length();
            if (norm.startsWith(d, k) && (e == norm.length() || !org.stageboard.text.Scripts.isWordChar(norm.charAt(e)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "hourly micro-batch vs real-time stream: hourly, ETA traffic barely moves inside an hour": once the
     * choice and the alternative are read, a further clause of the same sentence says why.
     */
    void trailingReason(String norm, List<Sentence> sentences, List<Hit> hits) {
        if (choice == null || alternative == null || reason != null) {
            return;
        }
        // "no deep model, ~30 failures/yr won't train anything. isolation forest", "XGBoost vs DNN：表格数据 → XGB": a
        // choice named after the alternative leaves the clause between them to say why, unless that clause is the choice
        if (choice[0] > alternative[1] && hits.stream().noneMatch(h -> h.kind() == CueKind.OPTIONS
                && h.start() >= alternative[1] && h.end() <= choice[0])) { // "вариант 1 — …, вариант 2 — …. берём 2"
            reason = clauseAfter(norm, sentences, hits, alternative[1]);
            reason = reason != null && (overlaps(reason[0], reason[1], choice) || !saysSomething(norm, reason)) ? null : reason;
        }
        if (reason == null) {
            reason = clauseAfter(norm, sentences, hits, Math.max(choice[1], alternative[1]));
        }
    }

    /** More than a listed item: two words or more, or four Chinese characters ("表格数据", not "профиль"). */
    private boolean saysSomething(String norm, int[] span) {
        String t = norm.substring(span[0], span[1]).strip();
        boolean cjk = t.codePoints().anyMatch(org.stageboard.text.Scripts::isCjk);
        return (cjk ? t.length() >= 4 : t.indexOf(' ') > 0) && options.stream().noneMatch(o -> overlaps(span[0], span[1], o));
    }

    private static int[] clauseAfter(String norm, List<Sentence> sentences, List<Hit> hits, int from) {
        for (Sentence s : sentences) {
            if (from < s.start() || from > s.end() || s.asks()) {
                continue;
            }
            int a = -1;
            for (int k = from; k < s.end(); k++) {
                if (isBoundary(norm, k)) {
                    a = k + 1;
                    break;
                }
            }
            if (a < 0) {
                return null;
            }
            int b = a;
            while (b < s.end() && !isBoundary(norm, b)) {
                b++;
            }
            int[] span = Spans.trim(norm, a, b);
            if (span != null && span[1] - span[0] >= 4 && noCues(hits, span[0], span[1])
                    && ADDITIONS.stream().noneMatch(w -> norm.startsWith(w, span[0]))
                    && Spans.hasContent(norm, span[0], span[1], List.of())) {
                return span;
            }
            return null;
        }
        return null;
    }

    /**
     * Options described by their qualities, then one chosen: "大模型准，小模型快，我们选小模型" or "batch is
     * cheap, online is fresh; we go online". The described option not chosen is the alternative.
     */
    void weighDescribedOptions(String norm) {
        if (choice == null || alternative != null || qualityClauses.size() < 2) {
            return;
        }
        List<String> chosen = words(norm.substring(choice[0], choice[1]));
        for (int[] c : qualityClauses) {
            String clause = norm.substring(c[0], c[1]);
            boolean isChosen = chosen.stream().anyMatch(w -> indexOfWord(clause, w) >= 0);
            if (isChosen) {
                reason = reason == null ? c : reason;
            } else if (alternative == null) {
                alternative = c;
            }
        }
    }

    /**
     * A rejected option with its defect ("Y too slow") implies the choice is the other thing the box names:
     * "X. Y too slow for 15 ms" chooses X.
     */
    void inferChoice(String norm, List<Sentence> sentences, List<Hit> hits, int from, int to) {
        if (choice != null || !altNeedsChoiceFromContext || alternative == null
                || UndecidedOptions.in(norm, hits, alternative[0]) || BoxLookalikes.shareOfData(norm, alternative)) {
            return; // round 24: a share of the data is no option another clause was chosen over
        }
        // round 9: a box's topic before a colon ("насосы: LSTM не взлетит. survival-модель …") and a measure that
        // goes on with the defect ("OCR не читает рукописный текст, CER под 40%") are the choice only when nothing else is
        for (int pass = 0; pass < 2 && choice == null; pass++) {
            for (int i = from; i < to && choice == null; i++) {
                Sentence s = sentences.get(i);
                if (!s.asks()) {
                    choice = clauseNaming(norm, hits, s, pass == 1);
                }
            }
        }
    }

    /** The first clause of {@code s} that can name an option, or null. */
    private int[] clauseNaming(String norm, List<Hit> hits, Sentence s, boolean any) {
        int a = s.start();
        for (int k = s.start(); k <= s.end(); k++) {
            if (k == s.end() || isBoundary(norm, k) || norm.charAt(k) == '.') {
                boolean topic = k < s.end() && ":：".indexOf(norm.charAt(k)) >= 0
                        && (a == 0 || norm.charAt(a - 1) == '\n' || a == s.start());
                boolean measure = a >= alternative[1] && a < s.end() && alternative[0] >= s.start()
                        && norm.substring(a, k).chars().anyMatch(Character::isDigit);
                if ((any || !topic && !measure) && !overlaps(a, k, alternative) && !overlaps(a, k, reason)
                        && noCues(hits, a, k) && Spans.hasContent(norm, a, k, hits) && !onlyAQuality(norm, hits, a, k)
                        && !REMEDY.matcher(norm.substring(a, k).strip()).lookingAt()) {
                    return Spans.trim(norm, a, k);
                }
                a = k + 1;
            }
        }
        return null;
    }


    /**
     * Round 16: "model overfits on 3 projects, need grouped CV", "…, see notebook", "…，需要分组交叉验证", «…, нужна
     * групповая CV»: a clause that asks for a fix or points elsewhere keeps the model and picks nothing.
     */
    private static final Pattern REMEDY = Pattern.compile(
            "(?:need|needs|needed|see|check|investigate|look into|fix|todo)(?![\\p{L}])|需要|需|参见|见|得加|要加"
                    + "|(?:нужн\\p{L}*|надо|см\\.|проверить|разобраться)(?![\\p{L}])");

    /** "… → дорого": a clause that is one quality word is a verdict, not an option. */
    static boolean onlyAQuality(String norm, List<Hit> hits, int a, int b) {
        int[] span = Spans.trim(norm, a, b);
        for (Hit h : hits) {
            if (span != null && h.kind() == CueKind.QUALITY && h.start() == span[0] && h.end() == span[1]) {
                return true;
            }
        }
        return false;
    }

    static boolean overlaps(int a, int b, int[] span) {
        return span != null && a < span[1] && span[0] < b;
    }

    static boolean noCues(List<Hit> hits, int a, int b) {
        for (Hit h : hits) {
            if (h.start() < b && a < h.end() && h.kind() != CueKind.QUALITY) {
                return false;
            }
        }
        return true;
    }

    /** A clause opened by "but"/"however" whose subject points back at the option just named: "however it is slow". */
    static final Pattern SAME_OPTION_AGAIN = Pattern.compile(
            "^(?:but|however|though|yet|но|однако|但是|但|不过|可是)[\\s,，]*(?:(?:it|it's|its|this|that|they|он|она|оно|они|это)(?![\\p{L}])|它|这个|这)");

    TradeoffReading toReading(String shown, boolean asked, String norm, List<Hit> hits) {
        if (reason != null && BARE_WHY.contains(norm.substring(reason[0], reason[1]).strip())) {
            reason = null; // "(почему — допишу)" promises a reason, it does not give one
        }
        if (alternative != null && SAME_OPTION_AGAIN.matcher(norm.substring(alternative[0], alternative[1]).strip()).find()) {
            alternative = null; // "X is accurate, however it is slow": "it" is X again, a remark and no alternative
        }
        Set<Part> missing = EnumSet.noneOf(Part.class);
        if (choice == null) {
            missing.add(Part.CHOICE);
        }
        if (alternative == null) {
            missing.add(Part.ALTERNATIVE);
        }
        if (reason == null) {
            missing.add(Part.REASON);
        }
        TradeoffReading.Hint hint = TradeoffReading.Hint.NONE;
        if (!missing.isEmpty()) {
            if (!options.isEmpty() && choice == null) {
                hint = TradeoffReading.Hint.OPTIONS_ONLY;
            } else if (asked && count() <= 1) {
                hint = TradeoffReading.Hint.QUESTION;
            } else if (count() == 0 && hits.stream().anyMatch(h -> h.kind() == CueKind.DEFER)
                    && hits.stream().noneMatch(h -> h.kind() == CueKind.CONTRAST)) {
                // a bare "but" with a "later" in it ("keep it simple but maybe add a cache later") weighs something
                // and decides nothing: the missing parts say it, not "only a placeholder"
                hint = TradeoffReading.Hint.PLACEHOLDER;
            }
        }
        return new TradeoffReading(text(shown, choice), text(shown, alternative), text(shown, reason), missing,
                hint);
    }

    static String text(String shown, int[] span) {
        if (span == null) {
            return "";
        }
        String t = shown.substring(span[0], Math.min(span[1], span[0] + MAX_SPAN)).strip();
        return span[1] - span[0] > MAX_SPAN ? t + "…" : t;
    }
}
