package org.stageboard.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.text.Scripts;
import org.stageboard.text.TextNorm;

/**
 * The key terms of a piece of text, for matching a reference answer against the user's: normalised, stop words
 * dropped, English words crudely stemmed ("labels", "labelled", "labeling" all give "label"), Russian words
 * lower-cased with their case ending cut, Chinese runs split into character bigrams (Chinese has no spaces, and
 * bigrams are the standard cheap stand-in for words).
 */
public final class KeyTerms {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsLatin}\\p{Nd}]+|\\p{IsCyrillic}+|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+");

    private static final Set<String> EN_STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are",
            "be", "been", "was", "were", "it", "its", "this", "that", "these", "those", "we", "our", "you", "your",
            "they", "their", "use", "using", "used", "can", "will", "should", "would", "could", "may", "might", "do",
            "does", "not", "no", "than", "then", "so", "if", "into", "per", "each", "via", "e", "g", "i", "etc", "also",
            "more", "less", "very", "which", "what", "how", "when", "where", "who", "all", "any", "some", "one",
            "over", "because", "about", "up", "out", "but", "vs", "both");
    private static final Set<String> RU_STOP = Set.of(
            "и", "в", "во", "на", "с", "со", "по", "для", "не", "что", "как", "это", "а", "или", "от", "до", "из", "к",
            "у", "о", "об", "же", "то", "мы", "бы", "при", "за", "чем", "но", "если", "так", "все", "его", "их",
            "она", "он", "они", "есть", "быть", "будет", "можно", "нужно", "чтобы", "потому", "также", "либо",
            "через", "под", "над", "без", "между");
    /** Function characters: a bigram holding one is glue between words, not a term. */
    private static final String ZH_STOP = "的了和是在与及或用为作我们这那也就都而把被对将从以等个中上下其之";
    private static final String[] RU_ENDINGS = {
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ой", "ей", "ый", "ий", "ая",
        "яя", "ое", "ее", "ые", "ие", "ам", "ям", "ах", "ях", "ом", "ем", "ов", "ев", "ию", "ия", "ие",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"};

    private KeyTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(TextNorm.normalize(text));
        while (m.find()) {
            String t = m.group();
            int first = t.codePointAt(0);
            if (Scripts.isCjk(first)) {
                addBigrams(t, out);
            } else if (Character.UnicodeScript.of(first) == Character.UnicodeScript.CYRILLIC) {
                if (!RU_STOP.contains(t) && t.length() > 1) {
                    out.add(stemRu(t));
                }
            } else if (!EN_STOP.contains(t) && (t.length() > 1)) {
                out.add(stemEn(t));
            }
        }
        return out;
    }

    private static void addBigrams(String run, Set<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            if (ZH_STOP.indexOf(cps[0]) < 0) {
                out.add(run);
            }
            return;
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            if (ZH_STOP.indexOf(cps[i]) < 0 && ZH_STOP.indexOf(cps[i + 1]) < 0) {
                out.add(new String(cps, i, 2));
            }
        }
    }

    /** A few suffix rules, enough that plural and tense variants of a term meet. */
    static String stemEn(String w) {
        if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        for (String suffix : new String[] {"ing", "ed"}) {
            if (s.endsWith(suffix) && s.length() - suffix.length() >= 3) {
                s = s.substring(0, s.length() - suffix.length());
                if (s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)) {
                    s = s.substring(0, s.length() - 1); // labelled -> label, not labell
                }
                break;
            }
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1); // purchase, purchased, purchasing -> purchas
        }
        return s;
    }

    /** Cuts one case ending when enough of the word stays, so "метки", "метка", "метку" meet. */
    static String stemRu(String w) {
        for (String e : RU_ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 3) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }
}
