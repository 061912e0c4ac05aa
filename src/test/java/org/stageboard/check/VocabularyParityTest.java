package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Stage;
import org.stageboard.text.Scripts;
import org.stageboard.text.Terms;

/**
 * Every vocabulary the English side knows exists in Chinese and Russian with comparable coverage: each list has
 * terms in all three scripts, and Chinese and Russian each have at least {@link #MIN_SHARE} as many terms as
 * English. Terms are counted by script, so a Latin abbreviation listed under Russian ("a/b") counts as English.
 */
class VocabularyParityTest {
    static final double MIN_SHARE = 0.7;
    private static Map<String, Terms> lists() throws IllegalAccessException {
        Map<String, Terms> out = new LinkedHashMap<>();
        for (Field f : Vocabulary.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Terms.class.isAssignableFrom(f.getType())) {
                out.put(f.getName(), (Terms) f.get(null));
            }
        }
        for (Stage s : Stage.pipeline()) {
            out.put("STAGE_NAMES." + s.id(), Vocabulary.STAGE_NAMES.get(s));
        }
        return out;
    }

    /**
     * Latin abbreviations and symbols Chinese and Russian candidates write as they are ("AUC", "p99", "A/B"); they
     * match in text of any language, so they are not counted as English-only coverage.
     */
    private static final Set<String> SHARED = Set.of("auc", "roc*", "pr auc", "logloss", "f1", "f-score", "ndcg*",
            "dcg", "map", "map@*", "mrr", "mae", "mse", "rmse", "mape", "hr@*", "r2", "psi", "fpr", "tpr", "ctr", "cvr",
            "gmv", "dau", "mau", "a/b", "qps", "rps", "tps", "sla", "slo", "p99", "p95", "p90", "p50", "lr", "logreg",
            "gbdt", "gbm", "xgboost", "lightgbm", "catboost", "dnn", "mlp", "cnn", "rnn", "lstm", "fm", "deepfm", "llm",
            "bert", "ann", "knn", "faiss", "hnsw", "scann", "tbd", "todo", "tba", "n/a", "xxx", "???", "pos", "neg",
            "pos/neg", "kl divergence", "bm25 baseline", "lr baseline", "eval", "evals", "reqs", "req",
            "bleu", "rouge*", "comet", "cider", "fid", "clip score", "clipscore", "wer", "cer");

    /** 0 English (Latin and other), 1 Chinese, 2 Russian, -1 a shared abbreviation. */
    static int language(String term) {
        if (SHARED.contains(term)) {
            return -1;
        }
        if (term.codePoints().anyMatch(Scripts::isCjk)) {
            return 1;
        }
        if (term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return 2;
        }
        return 0;
    }

    @Test
    void everyListHasComparableCoverageInAllThreeLanguages() throws IllegalAccessException {
        Map<String, Terms> lists = lists();
        assertTrue(lists.size() >= 18, "lists found: " + lists.keySet());
        List<String> short_ = new ArrayList<>();
        for (Map.Entry<String, Terms> e : lists.entrySet()) {
            int[] count = new int[3];
            for (String t : e.getValue().terms()) {
                int lang = language(t);
                if (lang >= 0) {
                    count[lang]++;
                }
            }
            if (count[0] == 0 || count[1] < Math.ceil(count[0] * MIN_SHARE) || count[2] < Math.ceil(count[0] * MIN_SHARE)) {
                short_.add(e.getKey() + " en/zh/ru = " + count[0] + "/" + count[1] + "/" + count[2]);
            }
        }
        assertEquals(List.of(), short_);
    }

    @Test
    void theStageRulesListsAreAllCovered() throws IllegalAccessException {
        for (String name : List.of("BASELINE", "OFFLINE_METRIC", "ONLINE_METRIC", "LABEL_SOURCE", "SERVING_MODE",
                "DRIFT_OR_RETRAINING", "NUMBER_WORDS", "PLACEHOLDER", "SCALE", "LATENCY", "MODEL_FAMILY",
                "RETRIEVAL_INDEX")) {
            assertTrue(lists().containsKey(name), name);
        }
    }
}
