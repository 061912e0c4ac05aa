package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stageboard.text.Scripts;
import org.stageboard.text.TextNorm;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.check.tradeoff.Sentences.Sentence;

/**
 * Reads whether a text states a trade-off from its structure: a <b>choice</b>, at least one <b>alternative</b> and a
 * <b>reason</b>, in any order, in English, Chinese or Russian. Cues ({@link Lexicon}) only say which side of them
 * holds which part ({@link CueKind}); a part counts only when the words there are real content, not "TBD", "we" or
 * nothing. The three parts may come from up to three consecutive sentences of one box ("Option A … Option B …
 * we pick B because …"); questions and the instructions of a hint never lend a part.
 *
 * <p>One left-to-right scan for cues (indexed by their first two characters), then a pass per sentence: tens of
 * microseconds for a box on a loaded machine. Readings are remembered by text, so re-checking an unchanged box
 * costs a map lookup.
 */
public final class TradeoffReader {
    static final CueScanner SCANNER = new CueScanner(List.of(Lexicon.EN, Lexicon.ZH, Lexicon.RU));
    static final CueGuards GUARDS = new CueGuards();
    /** How many consecutive sentences may share one trade-off. */
    static final int WINDOW = 3;
    static final int MAX_SPAN = 80;
    static final String BOUNDARY = ",，:：;；()（）[]【】—–、→⇒";

    /** A clause boundary at {@code k}; a colon between digits ("1:10") is a ratio, not a boundary. */
    static boolean isBoundary(String s, int k) {
        char c = s.charAt(k);
        if (BOUNDARY.indexOf(c) < 0) {
            return false;
        }
        return !(c == ':' && k > 0 && k + 1 < s.length() && Character.isDigit(s.charAt(k - 1))
                && Character.isDigit(s.charAt(k + 1)));
    }
    static final Set<String> PRONOUNS = Set.of("we", "i", "it", "this", "that", "they", "us", "one", "we'll",
            "we're", "мы", "я", "это", "он", "она", "оно", "они", "то", "我们", "我", "它", "这", "那", "这个", "那个");
    /** Cues after which the choice is named only later: "instead of Y, X", "不用 Y，用 X", "вместо Y — X". */
    static final Set<String> LEADING_PREFER = Set.of("instead of", "rather than", "вместо", "不用", "而不是",
            "不选", "in place of");
    /** Reason cues that look ahead to the consequence of not choosing: "X, otherwise Y", "否则", "иначе". */
    static final Set<String> BARE_WHY = Set.of("why", "why:", "почему", "почему:", "зачем", "зачем:",
            "为什么", "为啥", "原因", "理由");
    /** Cues after which a list of candidates follows: "tried DNN, GBDT, LR", "候选：线性、GBDT". */
    static final Set<String> LIST_INTROS = Set.of("choices", "options", "tried", "we tried",
            "候选", "备选", "пробовали", "попробовали", "试了", "试过", "跑了");
    static final Set<String> OTHERWISE = Set.of("否则", "不然", "иначе", "а то", "otherwise", "else",
            "or else");
    /** Rejecting cues of a switch frame, "moved from Y to X": the words before them are the verb, not an option. */
    static final Set<String> SWITCH_FROM = Set.of("from", "从", "перешли с", "переходим с", "перейдем с",
            "поменяли с", "меняем с", "сменили с", "заменили с", "переехали с", "мигрировали с", "ушли с", "уходим с");
    /** Characters that open a Chinese quality after "比 Y": "比在线更便宜", "比 T+1 新鲜". */
    static final String ZH_QUALITY_HEADS = "更快慢便宜贵好差低高少多简单复杂准稳省轻小大强弱靠可适新";
    /** Comparatives that only say which option wins: "X 比 Y 强" names no reason. */
    static final Set<String> BARE_VERDICTS = Set.of("强", "好", "更好", "更强", "优", "更优", "强很多", "好很多");
    /** Words that open an addition, not a reason: "用 GBDT 没用神经网络，另外加了规则". */
    static final List<String> ADDITIONS = List.of("另外", "此外", "还有", "also ", "plus ", "and also", "также",
            "а также", "плюс ", "еще ");
    /** Words before a defect that make it the thing avoided: "防止泄漏", "чтобы не было утечки". */
    static final Set<String> AVOIDING = Set.of("防止", "避免", "以免", "免得", "avoid", "prevent", "не было", "не допустить",
            "избежать", "во избежание");
    /** Losing cues that judge (a reason by themselves) as opposed to only swapping ("in favour of"). */
    static final Set<String> SWAP_ONLY = Set.of("in favor of", "in favour of", "replaced by", "dropped for",
            "swapped for", "в пользу", "to", "на", "换成", "改成", "换到", "切到", "改为");

    static final Pattern RU_COMPARATIVE = Pattern.compile(
            "[а-я]{3,}(?:ее|ей|ше|же)|лучше|хуже|дешевле|дороже|проще|легче");
    static final Set<String> RU_NOT_NOUN = Set.of("и", "но", "а", "в", "на", "за", "для", "по", "при",
            "чем", "раз", "всего", "всех", "будет", "стало", "же", "уже", "тут", "здесь", "получается", "если",
            "когда", "нам", "нас", "так", "то", "это", "у", "с", "до", "после");

    /** Qualities that are nouns: they name what is weighed, not which way it goes. */
    static final Set<String> METRIC_NOUNS = Set.of("precision", "recall", "auc", "latency", "memory", "cost",
            "quality", "ndcg", "throughput", "freshness", "coverage", "accuracy", "speed", "полнот", "точност",
            "качеств", "задержк", "стоимост", "памят", "成本", "延迟", "精度", "召回", "效果");

    static boolean isMetricNoun(String w) {
        for (String n : METRIC_NOUNS) {
            boolean stem = n.charAt(0) >= 'а' && n.charAt(0) <= 'я'; // Russian nouns are listed as stems
            if (stem ? w.startsWith(n) : w.equals(n)) {
                return true;
            }
        }
        return false;
    }

    static final Map<String, TradeoffReading> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TradeoffReading> eldest) {
            return size() > 8192;
        }
    };

    private TradeoffReader() {
    }

    /** What {@code text} states (remembered by text, so unchanged boxes are not read twice). */
    public static TradeoffReading read(String text) {
        String key = text == null ? "" : text;
        synchronized (CACHE) {
            TradeoffReading r = CACHE.get(key);
            if (r != null) {
                return r;
            }
        }
        TradeoffReading r = readUncached(key);
        synchronized (CACHE) {
            CACHE.put(key, r);
        }
        return r;
    }

    /** True when {@code text} states a trade-off. */
    public static boolean states(String text) {
        return read(text).stated();
    }

    static TradeoffReading readUncached(String raw) {
        Analysis a = analyse(raw);
        TradeoffReading r = Verdict.decide(a);
        return r.stated() && !LineUnits.holdOne(a) ? Verdict.separateLines(r) : r;
    }

    /** The hand-written rules alone: stated when all three parts were found (the baseline the model must beat). */
    static TradeoffReading readByRules(String raw) {
        return analyse(raw).reading();
    }

    /**
     * One reading pass, before anything is decided: the normalised text, the cues, the best window's parts.
     *
     * @param best   the window that found the most parts (null when the text is blank or only defers)
     * @param asked  some sentence asks or instructs instead of deciding
     */
    record Analysis(String norm, String shown, List<Hit> hits, FoundParts best, boolean asked, TradeoffReading reading) {
    }

    /** Round 16: a box that asks to be filled in ("(请填写)", "please fill in", «заполните») is a template, no decision. */
    private static final Pattern FILL_IN = Pattern.compile(
            "请填写|待填写|please fill|fill (?:in|this|me) ?(?:[)\\]:]|$)|\\(fill in\\)|заполните|\\(заполнить\\)");

    static Analysis analyse(String raw) {
        String norm = prepare(TextNorm.normalize(raw));
        if (norm.isBlank()) {
            return new Analysis(norm, norm, List.of(), null, false, TradeoffReading.nothing(TradeoffReading.Hint.NONE));
        }
        // spans are shown in the writer's own case when normalising kept every offset (nearly always)
        String shown = raw.length() == norm.length() ? raw : norm;
        List<Hit> hits = NegatedVerbs.addTo(norm, NegatedDefects.addTo(norm,
                NumericQualities.addTo(norm, SCANNER.scan(norm, GUARDS))));
        if (onlyDeferrals(norm, hits) || FILL_IN.matcher(norm).find() || DeferredTopic.only(norm, hits)) {
            return new Analysis(norm, shown, hits, null, false, TradeoffReading.nothing(TradeoffReading.Hint.PLACEHOLDER));
        }
        List<Sentence> sentences = Sentences.split(norm);
        List<FoundParts> found = new ArrayList<>(sentences.size());
        boolean asked = false;
        for (Sentence s : sentences) {
            asked |= s.asks();
            found.add(s.asks() ? new FoundParts() : new SentenceReader(norm, s, hits).read());
        }
        List<int[]> slashOptions = ImpliedParts.slashOptions(norm);
        FoundParts best = null;
        for (int i = 0; i < found.size(); i++) {
            FoundParts w = new FoundParts();
            int end = Math.min(found.size(), i + WINDOW);
            int anchor = i; // the sentence that reads most lends its own words first, for the explanation
            for (int j = i; j < end; j++) {
                anchor = found.get(j).count() > found.get(anchor).count() ? j : anchor;
            }
            w.merge(found.get(anchor));
            for (int j = i; j < end; j++) {
                if (j != anchor) {
                    w.merge(found.get(j));
                }
            }
            int windowStart = sentences.get(i).start();
            int windowEnd = sentences.get(Math.min(found.size(), i + WINDOW) - 1).end();
            for (int[] o : slashOptions) {
                if (o[0] >= windowStart && o[1] <= windowEnd && !w.options.contains(o)) {
                    w.options.add(o);
                }
            }
            w.resolveOptions(norm, sentences, i, Math.min(found.size(), i + WINDOW));
            ListedOptions.apply(norm, windowStart, windowEnd, w);
            ImpliedParts.deferredOption(norm, hits, w);
            w.inferChoice(norm, sentences, hits, i, Math.min(found.size(), i + WINDOW));
            w.weighDescribedOptions(norm);
            w.trailingReason(norm, sentences, hits);
            ImpliedParts.costOfTheOther(norm, hits, w);
            ImpliedParts.abResult(norm, w);
            SwapForms.apply(norm, w);
            IfSoForms.apply(norm, w);
            ScoredList.apply(norm, w);
            AcceptedDownside.apply(norm, hits, w);
            ImpliedParts.praisedButPriced(norm, hits, w);
            if (best == null || w.count() > best.count()) {
                best = w;
            }
            if (best.count() == 3) {
                break;
            }
        }
        // options over lines or labels, then a pick: no window of sentences holds all three, or a window reads a
        // label ("2") or a stray item as a part; a full pick reading replaces any reading that does not agree with it
        FoundParts picked = PickedOption.read(norm, hits);
        if (picked != null && (picked.count() > best.count()
                || picked.count() == 3 && !PickedOption.agrees(norm, picked, best))) {
            best = picked;
        }
        FoundParts measured = best.count() < 3 ? MeasuredResult.read(norm) : null;
        if (measured != null) { // round 17: a measured comparison, then what was done with the winner
            best = measured;
        }
        FoundParts fixed = best.count() < 3 ? OutcomeThenFix.read(norm) : null;
        if (fixed != null) { // round 20 (tried in round 19): the status quo's measured failure, then the fix
            best = fixed;
        }
        FoundParts listed = best.count() < 3 ? PlusMinusList.read(norm) : null;
        best = listed != null ? listed : best; // round 23: "+ pro / - con / cheaper than B"
        FoundParts versus = VersusForms.read(norm, hits, best.count() < 3);
        best = versus != null ? versus : best; // round 21: "A vs B cuz R", "A costs N vs B, but G"
        return new Analysis(norm, shown, hits, best, asked, best.toReading(shown, asked, norm, hits));
    }

    /** The normalised text as the reader scans it ({@link TextPrep}). */
    static String prepare(String norm) {
        return TextPrep.prepare(norm);
    }

    /** "TBD", "потом…", "待定" and punctuation only. */
    static boolean onlyDeferrals(String norm, List<Hit> hits) {
        StringBuilder rest = new StringBuilder(norm);
        boolean any = false;
        for (Hit h : hits) {
            if (h.kind() == CueKind.DEFER) {
                any = true;
                for (int i = h.start(); i < h.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        if (!any) {
            return false;
        }
        String left = rest.toString();
        for (Hit h : hits) {
            if (h.kind() == CueKind.WEIGH) { // "trade-off: TBD"
                left = left.substring(0, h.start()) + " ".repeat(h.end() - h.start()) + left.substring(h.end());
            }
        }
        return left.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static final Set<String> PICK_WORDS = Set.of("pick", "picked", "choose", "chose", "go", "going",
            "take", "with", "use", "for", "выбираем", "выбрали", "берем", "берём", "взяли", "используем", "на", "选",
            "用", "上", "走", "选择", "采用");

    /**
     * How an option may be restated: its content words, or for a labelled option ("Option B", "вариант 2",
     * "方案二") the label, or its last token right after a verb of choosing ("we pick B").
     */
    static List<String> optionKeys(String option) {
        if (option.startsWith("option ") || option.startsWith("вариант ")) {
            String token = option.substring(option.indexOf(' ') + 1);
            List<String> keys = new ArrayList<>();
            keys.add(option);
            for (String p : PICK_WORDS) {
                keys.add(p + " " + token);
            }
            return keys;
        }
        if (option.startsWith("方案")) {
            String token = option.substring(2);
            List<String> keys = new ArrayList<>(List.of(option));
            for (String p : PICK_WORDS) {
                keys.add(p + token);
                keys.add(p + " " + token);
            }
            return keys;
        }
        if (option.endsWith(")")) { // "a)", "(2)"
            String token = option.replace("(", "").replace(")", "");
            List<String> keys = new ArrayList<>(List.of(token + ")", "-> " + token, "→ " + token, "->" + token,
                    "→" + token));
            for (String p : PICK_WORDS) {
                keys.add(p + " " + token);
            }
            return keys;
        }
        return words(option);
    }

    /** Content words of an option, for spotting it restated: Latin/Cyrillic words of 3+ letters, CJK pairs. */
    static List<String> words(String option) {
        List<String> out = new ArrayList<>();
        for (String w : option.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (Scripts.isCjk(w.codePointAt(0))) {
                if (w.length() >= 2) {
                    out.add(w.length() > 2 ? w.substring(0, 2) : w);
                }
            } else if (w.length() >= 3 && !PRONOUNS.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 5) : w); // a stem, so "implicit" meets "implicit"
            }
        }
        return out;
    }

    /** "…: batch, because", "-> GBDT", "we pick B": a restated option opens a clause; "判断位置偏差" does not. */
    static boolean opensClause(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || isBoundary(text, k) || ".>\n。".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        for (String p : PICK_WORDS) {
            if (text.startsWith(p, Math.max(0, k - p.length() + 1)) && k - p.length() + 1 >= 0) {
                return true;
            }
        }
        return false;
    }

    static int indexOfWord(String text, String w) {
        int at = text.indexOf(w);
        while (at >= 0) {
            boolean cjk = Scripts.isCjk(w.codePointAt(0));
            boolean startOk = cjk || at == 0 || !CueScanner.isWordChar(text.charAt(at - 1));
            int e = at + w.length();
            boolean endOk = cjk || w.length() >= 3 || e == text.length() || !CueScanner.isWordChar(text.charAt(e));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(w, at + 1);
        }
        return -1;
    }
}
