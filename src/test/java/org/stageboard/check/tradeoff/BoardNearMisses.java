package org.stageboard.check.tradeoff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stageboard.check.Corpus;
import org.stageboard.check.Profiles;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Near misses as boards hold them, for training the model: every box of a decision stage that a labelled board says
 * states no trade-off ({@code unstated-tradeoff} expected there). Phrase corpora are one terse line each; boxes are
 * lists of data sources, serving notes and metrics, and without them the model credits such a box from the one part
 * the reader found there. Only the development board folders are read (each was held out once, measured, and tuned
 * on since); the fresh held-out board folder never is.
 */
final class BoardNearMisses {
    /** Board folders under src/test/resources whose near-miss boxes the model is trained on. */
    static final List<String> FOLDERS = List.of("check-corpus", "check-corpus-heldout", "check-corpus-heldout2",
            "check-corpus-heldout4");

    private BoardNearMisses() {
    }

    /** One row (label 0, form {@code board-<stage>}) per near-miss box, file = the board folder. */
    static List<TradeoffCorpusTest.Row> rows(String folder) {
        List<TradeoffCorpusTest.Row> out = new ArrayList<>();
        for (Corpus.Entry e : Corpus.load(Path.of("src/test/resources", folder))) {
            if (!e.labelled().contains("unstated-tradeoff")) {
                continue;
            }
            for (Stage s : Profiles.forBoard(e.board()).decisionStages()) {
                if (!e.expected().contains("unstated-tradeoff@" + s.id())) {
                    continue;
                }
                for (Node n : e.board().nodes()) {
                    String text = n.text().strip();
                    if (n.stage() == s && !text.isEmpty() && !text.equals(n.hint().strip())) {
                        out.add(new TradeoffCorpusTest.Row(folder, e.name() + "#" + n.id(), language(e.name(), text),
                                false, "board-" + s.id(), n.text()));
                    }
                }
            }
        }
        return out;
    }

    /** The board's language from its file name ("en-…", "zh-…", "ru-…"), else from the text's script. */
    private static String language(String name, String text) {
        for (String l : List.of("en", "zh", "ru")) {
            if (name.startsWith(l + "-")) {
                return l;
            }
        }
        return TradeoffFeatures.language(text);
    }
}
