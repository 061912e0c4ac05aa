package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rejected option's defect written as a negated ability, the productive way each language says "Y cannot do it",
 * not a list of phrases: Russian "Y не + verb of the third person" ("готовый OCR не читает рукописный текст", "LSTM
 * не взлетит", "CF не вытянет"), Chinese potential complements "V不C" ("纯 CF 推不出来", "端侧跑不动", "学不会") and
 * "没法/无法 V" ("根本没法用", "无法解释"). Read as DEFECT cues, so the subject before them is the alternative. A
 * negated defect is a virtue ("не протекает", "не требует разметки", "не переобучается"), so a verb that is itself a
 * defect, or one whose negation praises, is left alone; a complement before a number is an amount ("不到 1%").
 */
final class NegatedDefects {
    /** "не читает", "не взлетит", "не вытянут", "не справится" after a word: the subject's inability. */
    private static final Pattern RU = Pattern.compile(
            "(?<=[\\p{L}\\d)] )не ([а-я]{3,}(?:ет|ит|ут|ют|ят|ат|ется|ится|утся|ются|ятся|атся))(?![\\p{L}])");
    /** Russian verbs whose negation praises an option or is no ability at all. */
    private static final Set<String> RU_PRAISES = Set.of("требует", "зависит", "падает", "ломается", "тормозит",
            "врет", "ошибается", "шумит", "путает", "течет", "устаревает", "теряет", "пропускает", "нужен", "боится",
            "стоит", "является", "мешает", "портит", "грузит", "тратит", "знает", "важно", "бывает", "меняется",
            "растет", "будет", "есть", "хватает");
    /** Chinese potential complements, "V不C": the verb cannot reach its result. */
    private static final Pattern ZH = Pattern.compile(
            "(?<=[\\p{IsHan}])不(?:出来|过来|起来|动|住|了|出|上|起|到|完|全|清|准|下|好|来)(?![\\d\\s]*\\d)"
                    + "|(?:没法|无法|没办法)(?=[\\p{IsHan}a-z])");
    /** Characters before 不 that make no potential complement: "要不要", "差不多", "了不起", "对不起", "是不是". */
    private static final String ZH_NOT_VERB = "要差了对是会能可用还并也都就且而";

    /** Adverbs that belong to the defect, not to its subject: "根本没法用", "完全跑不动". */
    private static final List<String> ZH_ADVERBS = List.of("根本", "完全", "基本", "实在", "也", "都", "还");

    private NegatedDefects() {
    }

    /** {@code hits} with a DEFECT hit for every negated ability no cue already covers, in order. */
    static List<CueScanner.Hit> addTo(String norm, List<CueScanner.Hit> hits) {
        List<CueScanner.Hit> out = null;
        if (norm.contains("не ")) {
            Matcher m = RU.matcher(norm);
            while (m.find()) {
                String verb = m.group(1);
                if (RU_PRAISES.contains(verb) || isDefectWord(verb) || covered(norm, hits, m.start(), m.end())) {
                    continue;
                }
                out = add(out, hits, m.start(), m.end());
            }
        }
        if (norm.contains("不") || norm.contains("法")) {
            Matcher m = ZH.matcher(norm);
            while (m.find()) {
                boolean potential = norm.charAt(m.start()) == '不';
                if (potential && ZH_NOT_VERB.indexOf(norm.charAt(m.start() - 1)) >= 0
                        || covered(norm, hits, Math.max(0, m.start() - 1), m.end())) {
                    continue;
                }
                int a = potential ? m.start() - 1 : m.start();
                for (String adverb : ZH_ADVERBS) {
                    a = norm.startsWith(adverb, a - adverb.length()) ? a - adverb.length() : a;
                }
                out = add(out, hits, a, m.end());
            }
        }
        for (CueScanner.Hit h : hits) { // "не протекает", "不会过拟合": a defect negated is a virtue
            if (h.kind() == CueKind.DEFECT && negated(norm, h.start()) && !norm.startsWith("не ", h.start())) {
                out = out != null ? out : new ArrayList<>(hits);
                out.removeIf(x -> x.start() == h.start() && x.end() == h.end());
            }
        }
        if (out == null) {
            return hits;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean negated(String norm, int at) {
        return norm.startsWith("не ", at - 3) && (at < 4 || !Character.isLetter(norm.charAt(at - 4)))
                || norm.startsWith("不会", at - 2) || norm.startsWith("没有", at - 2);
    }

    /** A verb that names a defect by itself ("протекает", "галлюцинирует"): negated, it praises. */
    private static boolean isDefectWord(String verb) {
        for (String w : Lexicon.RU.get(CueKind.DEFECT)) {
            String stem = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
            if (!stem.contains(" ") && verb.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Some cue other than a bare negation ("не", "不") already reads these characters. */
    private static boolean covered(String norm, List<CueScanner.Hit> hits, int a, int b) {
        for (CueScanner.Hit h : hits) {
            String cue = norm.substring(h.start(), h.end());
            if (h.start() < b && a < h.end() && !cue.equals("не") && !cue.equals("不")) {
                return true;
            }
        }
        return false;
    }

    private static List<CueScanner.Hit> add(List<CueScanner.Hit> out, List<CueScanner.Hit> hits, int a, int b) {
        List<CueScanner.Hit> list = out != null ? out : new ArrayList<>(hits);
        list.removeIf(h -> h.start() < b && a < h.end()); // a bare "не"/"不" the negated ability replaces
        list.add(new CueScanner.Hit(CueKind.DEFECT, a, b));
        return list;
    }
}
