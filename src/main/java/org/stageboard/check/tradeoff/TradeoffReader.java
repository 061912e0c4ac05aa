package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final CueScanner SCANNER = new CueScanner(List.of(Lexicon.EN, Lexicon.ZH, Lexicon.RU));
    private static final CueGuards GUARDS = new CueGuards();
    /** How many consecutive sentences may share one trade-off. */
    private static final int WINDOW = 3;
    private static final int MAX_SPAN = 80;
    private static final String BOUNDARY = ",，:：;；()（）[]【】—–、→⇒";

    /** A clause boundary at {@code k}; a colon between digits ("1:10") is a ratio, not a boundary. */
    static boolean isBoundary(String s, int k) {
        char c = s.charAt(k);
        if (BOUNDARY.indexOf(c) < 0) {
            return false;
        }
        return !(c == ':' && k > 0 && k + 1 < s.length() && Character.isDigit(s.charAt(k - 1))
                && Character.isDigit(s.charAt(k + 1)));
    }
    private static final Set<String> PRONOUNS = Set.of("we", "i", "it", "this", "that", "they", "us", "one", "we'll",
            "we're", "мы", "я", "это", "он", "она", "оно", "они", "то", "我们", "我", "它", "这", "那", "这个", "那个");
    /** Cues after which the choice is named only later: "instead of Y, X", "不用 Y，用 X", "вместо Y — X". */
    private static final Set<String> LEADING_PREFER = Set.of("instead of", "rather than", "вместо", "不用", "而不是",
            "不选", "in place of");
    /** Reason cues that look ahead to the consequence of not choosing: "X, otherwise Y", "否则", "иначе". */
    private static final Set<String> BARE_WHY = Set.of("why", "why:", "почему", "почему:", "зачем", "зачем:",
            "为什么", "为啥", "原因", "理由");
    /** Cues after which a list of candidates follows: "tried DNN, GBDT, LR", "候选：线性、GBDT". */
    private static final Set<String> LIST_INTROS = Set.of("choices", "options", "tried", "we tried",
            "候选", "备选", "пробовали", "попробовали");
    private static final Set<String> OTHERWISE = Set.of("否则", "不然", "иначе", "а то", "otherwise", "else",
            "or else");
    /** Losing cues that judge (a reason by themselves) as opposed to only swapping ("in favour of"). */
    private static final Set<String> SWAP_ONLY = Set.of("in favor of", "in favour of", "replaced by", "dropped for",
            "swapped for", "в пользу");

    private static final java.util.regex.Pattern RU_COMPARATIVE = java.util.regex.Pattern.compile(
            "[а-я]{3,}(?:ее|ей|ше|же)|лучше|хуже|дешевле|дороже|проще|легче");
    private static final Set<String> RU_NOT_NOUN = Set.of("и", "но", "а", "в", "на", "за", "для", "по", "при",
            "чем", "раз", "всего", "всех", "будет", "стало", "же", "уже", "тут", "здесь", "получается", "если",
            "когда", "нам", "нас", "так", "то", "это", "у", "с", "до", "после");

    /** Qualities that are nouns: they name what is weighed, not which way it goes. */
    private static final Set<String> METRIC_NOUNS = Set.of("precision", "recall", "auc", "latency", "memory", "cost",
            "quality", "ndcg", "throughput", "freshness", "coverage", "accuracy", "speed", "полнот", "точност",
            "качеств", "задержк", "стоимост", "памят", "成本", "延迟", "精度", "召回", "效果");

    private static boolean isMetricNoun(String w) {
        for (String n : METRIC_NOUNS) {
            boolean stem = n.charAt(0) >= 'а' && n.charAt(0) <= 'я'; // Russian nouns are listed as stems
            if (stem ? w.startsWith(n) : w.equals(n)) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, TradeoffReading> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
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
        String norm = prepare(TextNorm.normalize(raw));
        if (norm.isBlank()) {
            return TradeoffReading.nothing(TradeoffReading.Hint.NONE);
        }
        // spans are shown in the writer's own case when normalising kept every offset (nearly always)
        String shown = raw.length() == norm.length() ? raw : norm;
        List<Hit> hits = NumericQualities.addTo(norm, SCANNER.scan(norm, GUARDS));
        if (onlyDeferrals(norm, hits)) {
            return TradeoffReading.nothing(TradeoffReading.Hint.PLACEHOLDER);
        }
        List<Sentence> sentences = Sentences.split(norm);
        List<Found> found = new ArrayList<>(sentences.size());
        boolean asked = false;
        for (Sentence s : sentences) {
            asked |= s.asks();
            found.add(s.asks() ? new Found() : new SentenceReader(norm, s, hits).read());
        }
        List<int[]> slashOptions = ImpliedParts.slashOptions(norm);
        Found best = null;
        for (int i = 0; i < found.size(); i++) {
            Found w = new Found();
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
            ImpliedParts.deferredOption(norm, hits, w);
            w.inferChoice(norm, sentences, hits, i, Math.min(found.size(), i + WINDOW));
            w.weighDescribedOptions(norm);
            w.trailingReason(norm, sentences, hits);
            ImpliedParts.costOfTheOther(norm, hits, w);
            ImpliedParts.abResult(norm, w);
            ImpliedParts.praisedButPriced(norm, hits, w);
            if (best == null || w.count() > best.count()) {
                best = w;
            }
            if (best.count() == 3) {
                break;
            }
        }
        return best.toReading(shown, asked, norm, hits);
    }

    /** Abbreviations whose period is not a sentence end: "vs." reads as "vs" (same length, so offsets hold). */
    private static String prepare(String norm) {
        // "不但…而且" (not only … but also) and "不仅" hold no "but" and no rejection
        return norm.replace("vs.", "vs ").replace("v.s.", "vs  ").replace("不但", "  ").replace("不仅", "  ");
    }

    /** "TBD", "потом…", "待定" and punctuation only. */
    private static boolean onlyDeferrals(String norm, List<Hit> hits) {
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

    /** The parts found in one sentence or window, as [start, end) offsets into the normalised text. */
    static final class Found {
        int[] choice;
        int[] alternative;
        int[] reason;
        final List<int[]> options = new ArrayList<>();
        /** Clauses that only describe an option by a quality: "大模型准", "batch is cheap". */
        final List<int[]> qualityClauses = new ArrayList<>();
        boolean altNeedsChoiceFromContext;

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

        void merge(Found f) {
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
                    if (at >= 0 && (composite || opensClause(after, at))) {
                        int s = optionsEnd + at;
                        choice = new int[] {s, s + w.length()};
                        alternative = o;
                        for (int[] other : options) {
                            if (other != o) {
                                alternative = other;
                            }
                        }
                        return;
                    }
                }
            }
        }

        /**
         * "hourly micro-batch vs real-time stream: hourly, ETA traffic barely moves inside an hour": once the
         * choice and the alternative are read, a further clause of the same sentence says why.
         */
        void trailingReason(String norm, List<Sentence> sentences, List<Hit> hits) {
            if (choice == null || alternative == null || reason != null) {
                return;
            }
            int from = Math.max(choice[1], alternative[1]);
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
                    return;
                }
                int b = a;
                while (b < s.end() && !isBoundary(norm, b)) {
                    b++;
                }
                int[] span = SentenceReader.trim(norm, a, b);
                if (span != null && span[1] - span[0] >= 4 && noCues(hits, span[0], span[1])
                        && SentenceReader.hasContent(norm, span[0], span[1], List.of())) {
                    reason = span;
                }
                return;
            }
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
            if (choice != null || !altNeedsChoiceFromContext || alternative == null) {
                return;
            }
            for (int i = from; i < to; i++) {
                Sentence s = sentences.get(i);
                if (s.asks()) {
                    continue;
                }
                int a = s.start();
                for (int k = s.start(); k <= s.end(); k++) {
                    if (k == s.end() || isBoundary(norm, k) || norm.charAt(k) == '.') {
                        if (!overlaps(a, k, alternative) && !overlaps(a, k, reason) && noCues(hits, a, k)
                                && SentenceReader.hasContent(norm, a, k, hits)) {
                            choice = SentenceReader.trim(norm, a, k);
                            return;
                        }
                        a = k + 1;
                    }
                }
            }
        }

        private static boolean overlaps(int a, int b, int[] span) {
            return span != null && a < span[1] && span[0] < b;
        }

        private static boolean noCues(List<Hit> hits, int a, int b) {
            for (Hit h : hits) {
                if (h.start() < b && a < h.end() && h.kind() != CueKind.QUALITY) {
                    return false;
                }
            }
            return true;
        }

        TradeoffReading toReading(String shown, boolean asked, String norm, List<Hit> hits) {
            if (reason != null && BARE_WHY.contains(norm.substring(reason[0], reason[1]).strip())) {
                reason = null; // "(почему — допишу)" promises a reason, it does not give one
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
                } else if (count() == 0 && hits.stream().anyMatch(h -> h.kind() == CueKind.DEFER)) {
                    hint = TradeoffReading.Hint.PLACEHOLDER;
                }
            }
            return new TradeoffReading(text(shown, choice), text(shown, alternative), text(shown, reason), missing,
                    hint);
        }

        private static String text(String shown, int[] span) {
            if (span == null) {
                return "";
            }
            String t = shown.substring(span[0], Math.min(span[1], span[0] + MAX_SPAN)).strip();
            return span[1] - span[0] > MAX_SPAN ? t + "…" : t;
        }
    }

    private static final Set<String> PICK_WORDS = Set.of("pick", "picked", "choose", "chose", "go", "going",
            "take", "with", "use", "for", "выбираем", "выбрали", "берем", "берём", "взяли", "используем", "на", "选",
            "用", "上", "走", "选择", "采用");

    /**
     * How an option may be restated: its content words, or for a labelled option ("Option B", "вариант 2",
     * "方案二") the label, or its last token right after a verb of choosing ("we pick B").
     */
    private static List<String> optionKeys(String option) {
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
    private static List<String> words(String option) {
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
    private static boolean opensClause(String text, int at) {
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

    private static int indexOfWord(String text, String w) {
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

    /** Turns the cues of one sentence into spans for the three parts. */
    static final class SentenceReader {
        private final String s;
        private final Sentence sentence;
        private final List<Hit> hits = new ArrayList<>();
        /** The deferrals among the hits (usually none), checked for every candidate span. */
        private final List<Hit> defers = new ArrayList<>(0);
        private final Found found = new Found();

        SentenceReader(String norm, Sentence sentence, List<Hit> all) {
            this.s = norm;
            this.sentence = sentence;
            for (Hit h : all) {
                if (h.start() >= sentence.start() && h.end() <= sentence.end()) {
                    hits.add(h);
                    if (h.kind() == CueKind.DEFER) {
                        defers.add(h);
                    }
                }
            }
        }

        Found read() {
            List<Hit> qualities = new ArrayList<>();
            List<Integer> weak = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                if (deferredClause(h)) {
                    continue; // "maybe online later", "reason: TBD" decide nothing
                }
                if (h.kind() == CueKind.WEIGH || h.kind() == CueKind.CONTRAST || h.kind() == CueKind.ARROW) {
                    weak.add(i); // read last: they only fill in what the sharper cues left open
                    continue;
                }
                String cue = s.substring(h.start(), h.end());
                switch (h.kind()) {
                    case DECIDE -> {
                        int[] r = right(i);
                        found.set(Part.CHOICE, r != null ? r : left(i, false));
                    }
                    case PREFER -> prefer(i, cue);
                    case BEATS -> {
                        int[] l = left(i, true);
                        int[] r = right(i);
                        if (l != null || r != null) {
                            found.set(Part.CHOICE, l);
                            boolean on = r != null && (s.startsWith("on ", r[0]) || s.startsWith("in ", r[0]));
                            found.set(on ? Part.REASON : Part.ALTERNATIVE, r);
                        }
                    }
                    case LOSES -> {
                        int[] l = left(i, true);
                        int[] r = right(i);
                        if (l != null && r != null) {
                            found.set(Part.ALTERNATIVE, l);
                            found.set(Part.CHOICE, r);
                            if (!SWAP_ONLY.contains(cue)) {
                                found.set(Part.REASON, new int[] {h.start(), h.end()});
                            }
                        }
                    }
                    case THAN -> than(i, cue);
                    case VERSUS_NAMED -> {
                        int[] r = right(i);
                        if (r != null) {
                            found.set(Part.ALTERNATIVE, r);
                            boolean leading = s.substring(sentence.start(), h.start()).isBlank();
                            int[] l = leading ? null : left(i, true);
                            int[] next = nextClause(r[1]);
                            if (l != null && next != null) {
                                found.set(Part.REASON, next); // "X: unlike Y, no GPU needed"
                                next = null;
                            }
                            found.set(Part.CHOICE, l != null ? l : next);
                            if (next != null) { // "compared with Y, X is cheaper": the quality inside X is the reason
                                for (Hit q : hits) {
                                    if (q.kind() == CueKind.QUALITY && inside(q, next)) {
                                        found.set(Part.REASON, new int[] {q.start(), next[1]});
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    case OPTIONS -> {
                        int[] l = left(i, false);
                        int[] r = right(i);
                        if (cue.endsWith(":") || LIST_INTROS.contains(cue)) {
                            listedOptions(h.end());
                            break;
                        }
                        if (l == null && r != null && !isOptionLabel(cue) && !cue.equals("or")) {
                            found.set(Part.ALTERNATIVE, r); // "…, vs computing on the fly": the choice came first
                            break;
                        }
                        if (isOptionLabel(cue) && i > 0
                                && (hits.get(i - 1).kind() == CueKind.DECIDE || hits.get(i - 1).kind() == CueKind.ARROW)
                                && h.start() - hits.get(i - 1).end() <= 2) {
                            found.set(Part.CHOICE, new int[] {h.start(), h.end()}); // "选方案二"
                        } else if (isOptionLabel(cue)) {
                            found.options.add(new int[] {h.start(), h.end()}); // "Option B: …" is chosen as "B"
                        } else if (l != null && r != null) {
                            found.options.add(l);
                            found.options.add(r);
                        }
                    }
                    case REJECT -> {
                        int[] r = right(i);
                        int[] alt = r != null ? r : left(i, false);
                        if (alt != null) {
                            found.set(Part.ALTERNATIVE, alt);
                            found.altNeedsChoiceFromContext = true;
                            int[] l = r != null ? left(i, false) : null;
                            if (l != null && !isPronoun(l)) {
                                found.set(Part.CHOICE, l); // "召回看 recall@k 不看 ndcg": the clause's own subject
                            }
                        }
                    }
                    case DEFECT -> {
                        int end = clauseEnd(h.end());
                        found.set(Part.REASON, trim(s, h.start(), end));
                        int[] subject = left(i, true);
                        if (subject != null && !isPronoun(subject)) {
                            found.set(Part.ALTERNATIVE, subject);
                            found.altNeedsChoiceFromContext = true;
                        }
                    }
                    case REASON -> {
                        int[] r = toSentenceEnd(h.end());
                        if (r != null) {
                            found.set(Part.REASON, r);
                            if (OTHERWISE.contains(cue)) {
                                found.set(Part.ALTERNATIVE, r); // "X, else recruiters get spammed": not-X is weighed
                                found.altNeedsChoiceFromContext = true;
                            }
                        }
                    }
                    case CONSEQUENCE -> {
                        int[] r = right(i);
                        int[] l = left(i, true);
                        if (OTHERWISE.contains(cue) || found.choice != null && found.alternative != null) {
                            // "X instead of Y, so we can explain it": what follows is the reason
                            found.set(Part.REASON, toSentenceEnd(h.end()));
                            if (OTHERWISE.contains(cue)) {
                                found.set(Part.ALTERNATIVE, toSentenceEnd(h.end()));
                                found.altNeedsChoiceFromContext = true;
                            }
                        } else if (l != null) {
                            found.set(Part.REASON, l);
                            found.set(Part.CHOICE, r);
                        }
                    }
                    case COST -> {
                        if (costFrame(i, cue)) {
                            break;
                        }
                        int[] l = left(i, true);
                        int[] r = right(i);
                        if (r != null && (l != null || h.start() > sentence.start())) {
                            found.set(Part.CHOICE, l != null && !isPronoun(l) ? l : r);
                            found.set(Part.ALTERNATIVE, r);
                            found.set(Part.REASON, new int[] {h.start(), h.end()});
                        } else if (r != null) {
                            // "Downside of on-device: updates ship with releases": the frame names choice and price
                            int[] rest = toSentenceEnd(h.end());
                            int[] price = nextClause(r[1]);
                            found.set(Part.CHOICE, stripOf(r));
                            found.set(Part.ALTERNATIVE, price != null ? price : rest);
                            found.set(Part.REASON, new int[] {h.start(), rest[1]});
                        }
                    }
                    case QUALITY -> {
                        qualities.add(h);
                        ruComparative(i, cue);
                    }
                    default -> {
                    }
                }
            }
            for (int i : weak) {
                switch (hits.get(i).kind()) {
                    case WEIGH -> weigh(i);
                    case ARROW -> arrow(i);
                    default -> contrast(i);
                }
            }
            // a quality counts as the reason unless it is part of the very option it would justify
            if (found.reason == null) {
                for (Hit q : qualities) {
                    if (!inside(q, found.choice) && !inside(q, found.alternative) && !deferredClause(q)
                            && !insideAny(q, found.options)) {
                        found.set(Part.REASON, new int[] {q.start(), q.end()});
                        break;
                    }
                }
            }
            punctuationReason();
            collectQualityClauses();
            return found;
        }

        /** "X instead of Y", "X, not Y"; at the start of a sentence, "instead of Y, X". */
        private void prefer(int i, String cue) {
            Hit h = hits.get(i);
            int[] r = right(i);
            if (r == null) {
                return;
            }
            boolean leading = s.substring(sentence.start(), h.start()).isBlank();
            if (leading && LEADING_PREFER.contains(cue)) {
                found.set(Part.ALTERNATIVE, r);
                found.set(Part.CHOICE, nextClause(r[1]));
                return;
            }
            int[] l = left(i, true);
            if (l != null) {
                found.set(Part.CHOICE, l);
                found.set(Part.ALTERNATIVE, r);
            }
        }

        /** "X cheaper than Y", "X 比 Y 便宜", "X дешевле, чем Y": the comparative is the reason. */
        private void than(int i, String cue) {
            Hit h = hits.get(i);
            if (cue.equals("比")) {
                int[] l = left(i, false);
                int q = h.end() + 1; // the compared option has at least one character: "比大模型快"
                while (q < sentence.end() && "更快慢便宜贵好差低高少多简单复杂准稳省轻小大强弱靠可适".indexOf(s.charAt(q)) < 0) {
                    q++;
                }
                int[] alt = trim(s, h.end(), q);
                if (l != null && alt != null) {
                    found.set(Part.CHOICE, l);
                    found.set(Part.ALTERNATIVE, alt);
                    found.set(Part.REASON, trim(s, q, clauseEnd(q)));
                }
                return;
            }
            int[] r = right(i);
            int[] l = left(i, true);
            if (r == null || l == null) {
                return;
            }
            // the word just before "than" is the comparative ("cheaper", "дешевле"); "more accurate" keeps two
            int cut = l[1];
            while (cut > l[0] && CueScanner.isWordChar(s.charAt(cut - 1))) {
                cut--;
            }
            String before = CueGuards.wordBefore(s, cut);
            if (before.equals("more") || before.equals("less") || before.equals("более") || before.equals("менее")) {
                cut = s.lastIndexOf(before, cut);
            }
            int[] choice = trim(s, l[0], cut);
            if (choice == null && l[0] > sentence.start()) {
                // "Real-time scoring, cheaper than a GPU farm": the subject is the clause before
                int b = clauseOrSentenceStartBefore(l[0]) - 1;
                if (b >= sentence.start()) {
                    choice = trim(s, clauseOrSentenceStartBefore(b), b);
                }
            }
            found.set(Part.ALTERNATIVE, r);
            found.set(Part.REASON, new int[] {cut, l[1]});
            if (choice != null && !isPronoun(choice)) {
                found.set(Part.CHOICE, stripLinkingVerb(choice));
            } else {
                found.altNeedsChoiceFromContext = true; // "Online on 3 servers; cheaper than batch rebuilds."
            }
        }

        /**
         * "trade some accuracy for latency" (price, then gain) and "以召回率为代价换取精确率" (price before the cue):
         * frames whose halves are not choice-then-alternative.
         */
        private boolean costFrame(int i, String cue) {
            Hit h = hits.get(i);
            if (cue.startsWith("trad")) {
                int end = clauseEnd(h.end());
                int f = s.indexOf(" for ", h.end());
                if (f < 0 || f >= end) {
                    return false;
                }
                int[] price = trim(s, h.end(), f);
                int[] gain = trim(s, f + 5, end);
                if (price != null && gain != null) {
                    found.set(Part.ALTERNATIVE, price);
                    found.set(Part.REASON, gain);
                    int[] by = trim(s, Math.max(gain[0], s.indexOf(" by ", gain[0]) + 4), gain[1]);
                    found.set(Part.CHOICE, s.indexOf(" by ", gain[0]) >= 0 && by != null ? by : gain);
                }
                return true;
            }
            if (cue.equals("为代价")) {
                int[] price = left(i, false);
                int[] gain = trim(s, h.end(), clauseEnd(h.end()));
                if (gain != null && (s.startsWith("换取", gain[0]) || s.startsWith("换来", gain[0]))) {
                    gain = trim(s, gain[0] + 2, gain[1]);
                }
                if (price != null && s.charAt(price[0]) == '以') {
                    price = trim(s, price[0] + 1, price[1]);
                }
                if (price != null) {
                    found.set(Part.ALTERNATIVE, price);
                    found.set(Part.REASON, new int[] {h.start(), gain != null ? gain[1] : h.end()});
                    found.set(Part.CHOICE, gain != null ? gain : left(i, true));
                }
                return true;
            }
            return false;
        }

        private void collectQualityClauses() {
            int a = sentence.start();
            for (int k = sentence.start(); k <= sentence.end(); k++) {
                if (k == sentence.end() || isBoundary(s, k)) {
                    boolean quality = false;
                    boolean other = false;
                    for (Hit h : hits) {
                        if (h.start() >= a && h.end() <= k) {
                            quality |= h.kind() == CueKind.QUALITY;
                            other |= h.kind() != CueKind.QUALITY;
                        }
                    }
                    int[] span = trim(s, a, k);
                    if (quality && !other && span != null) {
                        found.qualityClauses.add(span);
                    }
                    a = k + 1;
                }
            }
        }

        /** "… → WAPE": the conclusion is the choice; "GBDT → DNN too slow": the defect makes the left the choice. */
        private void arrow(int i) {
            Hit h = hits.get(i);
            if (i > 0 && hits.get(i - 1).kind() == CueKind.OPTIONS && h.start() - hits.get(i - 1).end() <= 2) {
                return; // "choices -> BM25, dense, hybrid" lists options
            }
            int[] r = right(i);
            if (r == null) {
                return;
            }
            if (containsKind(r, CueKind.DEFECT)) {
                found.set(Part.CHOICE, left(i, true));
                return;
            }
            found.set(Part.CHOICE, r);
            int[] l = left(i, true);
            if (l != null && found.reason == null && found.alternative != null) {
                found.set(Part.REASON, l);
            }
        }

        static boolean isOptionLabel(String cue) {
            return cue.startsWith("option ") || cue.startsWith("方案") || cue.startsWith("вариант ")
                    || cue.endsWith(")");
        }

        /** "options: batch, online, hybrid": each listed item is an option. */
        private void listedOptions(int start) {
            int from = start; // "choices -> BM25, dense, hybrid": the list starts after its own arrow or colon
            while (from < sentence.end() && (" :：→".indexOf(s.charAt(from)) >= 0 || s.startsWith("->", from))) {
                from += s.startsWith("->", from) ? 2 : 1;
            }
            int a = from;
            int end = clauseEndOfList(from);
            for (int k = from; k <= end; k++) {
                if (k == end || ",，/、|".indexOf(s.charAt(k)) >= 0 || s.startsWith(" or ", k)
                        || s.startsWith(" vs ", k) || s.startsWith(" или ", k)) {
                    int[] item = trim(s, a, k);
                    if (item != null && hasContent(s, item[0], item[1], defers)) {
                        found.options.add(item);
                    }
                    a = k + 1;
                }
            }
        }

        private int clauseEndOfList(int from) {
            for (int k = from; k < sentence.end(); k++) {
                char c = s.charAt(k);
                if (c == '.' || c == ';' || c == '；' || c == ':' || c == '：' || s.startsWith("->", k) || c == '→') {
                    return k;
                }
            }
            return sentence.end();
        }

        private boolean containsKind(int[] span, CueKind kind) {
            for (Hit h : hits) {
                if (h.kind() == kind && h.start() >= span[0] && h.end() <= span[1]) {
                    return true;
                }
            }
            return false;
        }

        /** "X надёжнее случайного", "полнота важнее точности": a Russian comparative before a noun names both. */
        private void ruComparative(int i, String cue) {
            if (!RU_COMPARATIVE.matcher(cue).matches() || cue.equals("более") || cue.equals("менее")) {
                return;
            }
            Hit h = hits.get(i);
            String next = CueGuards.wordAfter(s, h.end());
            if (next.isEmpty() || Character.isDigit(next.charAt(0)) || RU_NOT_NOUN.contains(next)
                    || s.substring(h.end()).startsWith(",")) {
                return;
            }
            int[] l = left(i, true);
            int[] r = right(i);
            if (l != null && r != null) {
                found.set(Part.CHOICE, l);
                found.set(Part.ALTERNATIVE, r);
                found.set(Part.REASON, new int[] {h.start(), h.end()});
            }
        }

        /** "Trade-off: batch is cheap, online is fresh": content weighing two qualities states one by itself. */
        private void weigh(int i) {
            Hit h = hits.get(i);
            int[] r = toSentenceEnd(h.end());
            int[] clause = right(i);
            if (r == null) {
                return;
            }
            int qualities = 0;
            for (Hit q : hits) {
                if (q.kind() == CueKind.QUALITY && q.start() >= r[0] && !deferredClause(q)) {
                    qualities++;
                }
            }
            found.set(Part.ALTERNATIVE, clause != null ? clause : r);
            if (qualities >= 2) {
                found.set(Part.CHOICE, r);
                found.set(Part.REASON, r);
            }
        }

        /** "fresher but pricier", "准但慢", "точнее, но дороже": a bare "but" with no qualities weighs nothing. */
        private void contrast(int i) {
            Hit h = hits.get(i);
            Hit before = null;
            Hit after = null;
            for (Hit q : hits) {
                if (q.kind() != CueKind.QUALITY && q.kind() != CueKind.DEFECT
                        || isMetricNoun(s.substring(q.start(), q.end()))) {
                    continue; // "precision matters but so does recall" weighs nothing
                }
                if (q.end() <= h.start() && q.start() >= sentence.start()) {
                    before = q;
                } else if (q.start() >= h.end() && after == null && q.start() < clauseEnd(h.end()) + 1) {
                    after = q;
                }
            }
            if (before == null || after == null || deferredClause(after)) {
                return;
            }
            int subjectStart = clauseOrSentenceStartBefore(before.start());
            int[] subject = trim(s, subjectStart, before.start());
            found.set(Part.CHOICE, subject != null ? stripLinkingVerb(subject) : new int[] {before.start(),
                before.end()});
            found.set(Part.REASON, new int[] {before.start(), h.start()});
            found.set(Part.ALTERNATIVE, trim(s, h.start(), clauseEnd(after.end())));
        }

        /**
         * "X, not Y: cheaper", "X (Y needs 10x the data)", "X, а не Y — дешевле": content after a colon, dash,
         * bracket or arrow that follows the alternative is its reason.
         */
        private void punctuationReason() {
            if (found.reason != null || found.alternative == null || found.choice == null) {
                return;
            }
            int from = Math.max(found.alternative[1], found.choice[1]);
            for (int k = from; k < sentence.end(); k++) {
                char c = s.charAt(k);
                boolean mark = ":：(（—–→⇒,，;；".indexOf(c) >= 0 || s.startsWith("->", k) || s.startsWith("=>", k)
                        || s.startsWith(" - ", k);
                if (mark) {
                    int a = k + (s.startsWith(" - ", k) ? 3 : s.startsWith("->", k) || s.startsWith("=>", k) ? 2 : 1);
                    int[] span = trim(s, a, clauseEndAfterMark(a));
                    if (span != null && hasContent(s, span[0], span[1], defers) && !deferred(span)
                            && !restatesAnOption(span)) {
                        found.set(Part.REASON, span);
                    }
                    return;
                }
            }
        }

        /** "Batch vs online: batch, …": a clause that only repeats an option is the choice, not a reason. */
        private boolean restatesAnOption(int[] span) {
            String t = s.substring(span[0], span[1]);
            if (t.length() > 24) {
                return false;
            }
            for (int[] o : found.options) {
                if (s.substring(o[0], o[1]).contains(t)) {
                    return true;
                }
            }
            return found.choice != null && s.substring(found.choice[0], found.choice[1]).contains(t);
        }

        private int clauseEndAfterMark(int a) {
            for (int k = a; k < sentence.end(); k++) {
                if (")）;；".indexOf(s.charAt(k)) >= 0) {
                    return k;
                }
            }
            return sentence.end();
        }

        /** The words left of cue {@code i} in its clause (after any earlier cue); else, if allowed, the previous clause. */
        private int[] left(int i, boolean previousClause) {
            Hit h = hits.get(i);
            int lo = clauseOrSentenceStartBefore(h.start());
            for (int k = i - 1; k >= 0; k--) {
                Hit p = hits.get(k);
                if (p.kind() != CueKind.QUALITY && p.end() <= h.start()) {
                    lo = Math.max(lo, p.end());
                    break;
                }
            }
            int[] span = trim(s, lo, h.start());
            if (span != null && hasContent(s, span[0], span[1], defers)) {
                return span;
            }
            if (!previousClause || lo <= sentence.start() || lo != clauseOrSentenceStartBefore(h.start())) {
                return null;
            }
            int b = lo - 1; // the boundary that opened this clause
            int start = clauseOrSentenceStartBefore(b);
            int[] prev = trim(s, start, b);
            return prev != null && hasContent(s, prev[0], prev[1], defers) ? prev : null;
        }

        /** The words right of cue {@code i} up to the end of its clause or the next cue. */
        private int[] right(int i) {
            Hit h = hits.get(i);
            int from = h.end();
            if (i + 1 < hits.size() && hits.get(i + 1).kind() == CueKind.DECIDE && h.kind() != CueKind.DECIDE
                    && hits.get(i + 1).start() - h.end() <= 1) {
                from = hits.get(i + 1).end(); // "而不是用全部曝光", "instead of using Y": the verb is not the option
                i++;
            }
            int hi = clauseEnd(from);
            for (int k = i + 1; k < hits.size(); k++) {
                Hit n = hits.get(k);
                if (n.kind() != CueKind.QUALITY && n.start() >= h.end()
                        && !(n.kind() == CueKind.OPTIONS && isOptionLabel(s.substring(n.start(), n.end())))) {
                    hi = Math.min(hi, n.start());
                    break;
                }
            }
            int[] span = trim(s, from, hi);
            return span != null && hasContent(s, span[0], span[1], defers) && !deferred(span) ? span : null;
        }

        private int[] nextClause(int from) {
            int a = from;
            while (a < sentence.end() && (BOUNDARY.indexOf(s.charAt(a)) >= 0 || s.charAt(a) == ' ')) {
                a++;
            }
            int[] span = trim(s, a, clauseEnd(a));
            return span != null && hasContent(s, span[0], span[1], defers) ? span : null;
        }

        private int[] toSentenceEnd(int from) {
            int[] span = trim(s, from, sentence.end());
            return span != null && hasContent(s, span[0], span[1], defers) && !deferred(span) ? span : null;
        }

        private int clauseOrSentenceStartBefore(int pos) {
            for (int k = pos - 1; k >= sentence.start(); k--) {
                if (isBoundary(s, k) || s.startsWith("->", k) || s.startsWith(" - ", k)) {
                    return k + 1;
                }
            }
            return sentence.start();
        }

        private int clauseEnd(int pos) {
            for (int k = pos; k < sentence.end(); k++) {
                if (isBoundary(s, k) || s.startsWith("->", k) || s.startsWith("=>", k)
                        || s.startsWith(" - ", k)) {
                    return k;
                }
            }
            return sentence.end();
        }

        /** True when the clause around {@code h} defers ("maybe later", "TBD", "потом", "待定"). */
        private boolean deferredClause(Hit h) {
            int a = clauseOrSentenceStartBefore(h.start());
            int b = clauseEnd(h.end());
            return deferred(new int[] {a, b});
        }

        private boolean deferred(int[] span) {
            for (Hit d : defers) {
                if (d.start() >= span[0] && d.end() <= span[1]) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPronoun(int[] span) {
            return PRONOUNS.contains(s.substring(span[0], span[1]).strip());
        }

        /** "of on-device inference" → "on-device inference". */
        private int[] stripOf(int[] span) {
            for (String p : new String[] {"of ", "is ", "is that ", "that "}) {
                if (s.startsWith(p, span[0]) && span[1] - span[0] > p.length()) {
                    return trim(s, span[0] + p.length(), span[1]);
                }
            }
            return span;
        }

        /** "batch is" → "batch": the linking verb is not part of the option. */
        private int[] stripLinkingVerb(int[] span) {
            String t = s.substring(span[0], span[1]);
            for (String v : new String[] {" is", " are", " would be", " was", " будет", " —", " -"}) {
                if (t.endsWith(v) && t.length() > v.length()) {
                    return trim(s, span[0], span[1] - v.length());
                }
            }
            return span;
        }

        private static boolean inside(Hit h, int[] span) {
            return span != null && h.start() >= span[0] && h.end() <= span[1];
        }

        private static boolean insideAny(Hit h, List<int[]> spans) {
            for (int[] sp : spans) {
                if (inside(h, sp)) {
                    return true;
                }
            }
            return false;
        }

        /** [a, b) without surrounding spaces and punctuation, or null when nothing is left. */
        static int[] trim(String s, int a, int b) {
            while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != ')'
                    && s.charAt(b - 1) != '%') {
                b--;
            }
            return a < b ? new int[] {a, b} : null;
        }

        /** Real content: a Chinese character, or a Latin/Cyrillic word of two letters or a number, not a pronoun or cue only. */
        static boolean hasContent(String s, int a, int b, List<Hit> hits) {
            int i = a;
            while (i < b) {
                char c = s.charAt(i);
                if (Scripts.isCjk(c)) {
                    if (!coveredByCue(hits, i, CueKind.DEFER)) {
                        return true;
                    }
                    i++;
                    continue;
                }
                if (Character.isLetterOrDigit(c)) {
                    int e = i;
                    while (e < b && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '\'')) {
                        e++;
                    }
                    String w = s.substring(i, e);
                    if ((w.length() >= 2 || Character.isDigit(c)) && !PRONOUNS.contains(w)
                            && !coveredByCue(hits, i, CueKind.DEFER)) {
                        return true;
                    }
                    i = e;
                    continue;
                }
                i++;
            }
            return false;
        }

        private static boolean coveredByCue(List<Hit> hits, int pos, CueKind kind) {
            for (Hit h : hits) {
                if (h.kind() == kind && h.start() <= pos && pos < h.end()) {
                    return true;
                }
            }
            return false;
        }
    }
}
