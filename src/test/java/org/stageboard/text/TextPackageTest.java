package org.stageboard.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Normalisation, tokens and term matching in English, Chinese and Russian. */
class TextPackageTest {
    private static Terms terms(String... t) {
        return Terms.of(List.of(t));
    }

    @Test
    void normalisationFoldsFullWidthCaseAndYo() {
        assertEquals("auc 100ms:p99", TextNorm.normalize("ＡＵＣ １００ｍｓ：Ｐ９９"));
        assertEquals("еще ежик", TextNorm.normalize("Ещё Ёжик"));
        assertEquals("", TextNorm.normalize(null));
    }

    /** ASCII skips the normaliser: every ASCII character (and a mixed line) comes out as NFKC would make it. */
    @Test
    void asciiNormalisesAsNfkcDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 1; c < 0x80; c++) {
            all.append(c);
            String one = String.valueOf(c);
            assertEquals(java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKC)
                    .toLowerCase(java.util.Locale.ROOT), TextNorm.normalize(one), "U+" + (int) c);
        }
        assertEquals(all.toString().toLowerCase(java.util.Locale.ROOT), TextNorm.normalize(all.toString()));
        assertEquals("p99 < 50ms, auc", TextNorm.normalize("P99 < 50ms, ＡＵＣ"));
    }

    @Test
    void oneCjkTest() {
        assertTrue(Scripts.isCjk("流".codePointAt(0)));
        assertTrue(Scripts.isCjk("カ".codePointAt(0)));
        assertFalse(Scripts.isCjk('a'));
        assertFalse(Scripts.isCjk('ж'));
        assertFalse(Scripts.isCjk('，'));
    }

    @Test
    void latinAndCyrillicWordsSplitOnNonLetters() {
        assertEquals(List.of("p99", "100", "ms", "a", "b", "log", "loss"), Tokenizer.words("P99 < 100ms; A/B, log-loss"));
        assertEquals(List.of("метки", "из", "кликов", "т", "к", "дешевле"), Tokenizer.words("Метки из кликов, т.к. дешевле"));
        assertEquals(List.of("用", "auc", "评估"), Tokenizer.words("用AUC评估"));
    }

    @Test
    void chineseRunsAreSegmentedIntoKnownWords() {
        assertEquals(List.of("用户", "流失", "预测"), Tokenizer.words("用户流失预测"));
        assertEquals(List.of("实时", "流", "特征"), Tokenizer.words("实时流特征"));
        assertEquals(List.of("点击", "作为", "正样本"), Tokenizer.words("点击作为正样本"));
        List<Tokenizer.Token> t = Tokenizer.tokens("在线，延迟100毫秒");
        assertEquals("延迟", t.get(1).text());
        assertEquals(3, t.get(1).start());
        assertTrue(t.get(1).cjk());
        assertFalse(t.get(2).cjk());
    }

    @Test
    void englishTermsMatchWholeWordsOnly() {
        assertFalse(terms("feed").matches("We log feedback"));
        assertTrue(terms("feed").matches("home feed ranking"));
        assertFalse(terms("like").matches("likely to churn; likes as labels"));
        assertTrue(terms("like").matches("a like is a positive"));
        assertFalse(terms("vs").matches("canvas"));
        assertFalse(terms("map").matches("heatmap"));
        assertTrue(terms("retrain*").matches("Retraining weekly"));
        assertTrue(terms("log loss").matches("log-loss on holdout"));
        assertTrue(terms("auc").matches("用AUC评估"));
        assertTrue(terms("p99").matches("latency Ｐ９９ < 80 ms"));
    }

    @Test
    void chineseTermsMatchWholeWordsOnly() {
        assertFalse(terms("流").matches("用户流失率上升"));
        assertTrue(terms("流").matches("实时流特征"));
        assertFalse(terms("人工").matches("人工智能生成"));
        assertTrue(terms("人工").matches("人工打标"));
        assertFalse(terms("更").matches("每天更新模型"));
        assertTrue(terms("更").matches("批量更便宜"));
        // the list's own terms join the dictionary: a longer term of the same list wins
        Terms t = terms("流", "流失");
        assertEquals("流失", t.firstMatch(TextNorm.normalize("用户流失")));
        // a stem may end inside a word
        assertTrue(terms("漂*").matches("监控漂移"));
    }

    @Test
    void russianTermsUseExplicitStems() {
        assertTrue(terms("метк*").matches("Метки из жалоб"));
        assertFalse(terms("метка").matches("метки"));
        assertTrue(terms("переобуча*").matches("Переобучаем раз в неделю"));
        assertTrue(terms("ещё").matches("еще раз"));
        assertTrue(terms("по запросу").matches("считаем по-запросу"));
        assertFalse(terms("дом").matches("домен"));
    }

    @Test
    void findStripAndFindAllAgree() {
        Terms t = terms("batch", "批量", "пакетн*");
        String s = TextNorm.normalize("Batch nightly, 批量计算, пакетный режим");
        List<Terms.Match> all = t.findAll(s);
        assertEquals(List.of("batch", "批量", "пакетный"), all.stream().map(Terms.Match::text).toList());
        assertEquals(all.get(1), t.find(s, all.get(0).end()));
        assertFalse(t.in(t.strip(s)));
        assertNull(t.firstMatch("streaming"));
    }

    /**
     * Patterns are compiled on first use: a list first searched from several threads at once (the window's checker
     * and a background one) finds what the same list finds searched from one thread.
     */
    @Test
    void termsFirstSearchedFromSeveralThreadsFindTheSame() throws Exception {
        String[] list = {"retrain*", "log loss", "feed", "流", "人工", "метк*", "a/b test*", "auc", "base line"};
        List<String> texts = List.of("retraining daily, log-loss 0.3; feedback", "用AUC评估，人工智能 流失 流 人工",
                "метки из кликов, a/b tests", "base line vs baseline", "");
        List<String> expected = texts.stream().map(x -> terms(list).findAll(TextNorm.normalize(x)).toString()).toList();
        for (int round = 0; round < 20; round++) {
            Terms shared = terms(list);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<List<String>>> found = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    found.add(pool.submit(() -> texts.stream()
                            .map(x -> shared.findAll(TextNorm.normalize(x)).toString()).toList()));
                }
                for (java.util.concurrent.Future<List<String>> f : found) {
                    assertEquals(expected, f.get());
                }
            } finally {
                pool.shutdown();
            }
        }
        assertFalse(expected.get(0).equals("[]"), expected.toString());
    }
}
