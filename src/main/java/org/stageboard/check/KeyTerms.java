package org.stageboard.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stageboard.text.Tokenizer;

/**
 * The key terms of a piece of text, for matching a reference answer against the user's: the words of the shared
 * {@link Tokenizer} (normalised; Chinese segmented against the shipped word list), stop words dropped, English
 * words crudely stemmed ("labels", "labelled", "labeling" all give "label"), Russian words with their case ending
 * cut. Chinese words the word list knows are terms as they are; a stretch of characters it does not know is split
 * into character bigrams, the standard cheap stand-in for words. Terms are for matching only: they are stems and
 * fragments, and never shown to the user ({@link ReferenceComparison} shows whole phrases instead).
 */
public final class KeyTerms {
    private static final Set<String> EN_STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are",
            "be", "been", "was", "were", "it", "its", "this", "that", "these", "those", "we", "our", "you", "your",
            "they", "their", "use", "using", "used", "can", "will", "should", "would", "could", "may", "might", "do",
            "does", "not", "no", "than", "then", "so", "if", "into", "per", "each", "via", "e", "g", "i", "etc", "also",
            "more", "less", "very", "which", "what", "how", "when", "where", "who", "all", "any", "some", "one",
            "over", "because", "about", "up", "out", "but", "vs", "both", "while", "whilst");
    private static final Set<String> RU_STOP = Set.of(
            "и", "в", "во", "на", "с", "со", "по", "для", "не", "что", "как", "это", "а", "или", "от", "до", "из", "к",
            "у", "о", "об", "же", "то", "мы", "бы", "при", "за", "чем", "но", "если", "так", "все", "его", "их",
            "она", "он", "они", "есть", "быть", "будет", "можно", "нужно", "чтобы", "потому", "также", "либо",
            "через", "под", "над", "без", "между");
    /** Function words the word list knows as words: glue, not terms. */
    private static final Set<String> ZH_STOP_WORDS = Set.of("作为", "通过", "以及", "或者", "如果", "并且", "同时", "我们",
            "他们", "这个", "那个", "什么", "怎么", "如何", "是否", "然后", "进行", "可以", "能够", "需要", "使用", "其中",
            "首先", "最后", "目前", "当前", "现在", "已经", "可能", "应该", "必须", "一个", "每个", "之间", "对于", "关于",
            "基于", "根据");
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
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Tokenizer.Token token = tokens.get(i);
            String t = token.text();
            if (token.cjk()) {
                int j = i;
                while (j < tokens.size() && isLoneCharacter(tokens.get(j), j > i ? tokens.get(j - 1) : null)) {
                    j++;
                }
                if (j - i >= 2) { // characters the word list does not know, in a row: bigrams
                    for (int k = i; k + 1 < j; k++) {
                        out.add(tokens.get(k).text() + tokens.get(k + 1).text());
                    }
                    i = j - 1;
                } else if (t.codePointCount(0, t.length()) > 1 ? !ZH_STOP_WORDS.contains(t)
                        : ZH_STOP.indexOf(t.codePointAt(0)) < 0) {
                    out.add(t);
                }
            } else if (Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
                if (!RU_STOP.contains(t) && t.length() > 1) {
                    out.add(stemRu(t));
                }
            } else if (!EN_STOP.contains(t) && t.length() > 1) {
                out.add(stemEn(t));
            }
        }
        return out;
    }

    /** A one-character Chinese token, no function word, right after {@code previous} (when there is one). */
    private static boolean isLoneCharacter(Tokenizer.Token t, Tokenizer.Token previous) {
        return t.cjk() && t.text().codePointCount(0, t.text().length()) == 1
                && ZH_STOP.indexOf(t.text().codePointAt(0)) < 0 && (previous == null || previous.end() == t.start());
    }

    /** A few suffix rules, enough that plural and tense variants of a term meet. */
    static String stemEn(String w) {
        if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        String s = w.replaceFirst("is(e|ed|es|ing|ation|ations)$", "iz$1"); // British spelling: minimise -> minimize
        if (s.endsWith("ly") && s.length() > 5) {
            s = s.substring(0, s.length() - 2); // falsely -> false
        }
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
