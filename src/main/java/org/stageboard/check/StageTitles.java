package org.stageboard.check;

import java.util.List;
import java.util.Map;
import org.stageboard.model.Stage;
import org.stageboard.text.Terms;
import org.stageboard.text.TextNorm;
import org.stageboard.text.Tokenizer;

/**
 * Reads box titles against the stage names of {@link Vocabulary#STAGE_NAMES}: a title that only names a stage
 * ("Serving", "2. 数据", "Мониторинг и алерты") says nothing as an answer, and a note with such a title is most
 * likely the box of that stage, drawn with the wrong tool.
 */
public final class StageTitles {
    /** Words that join stage names in a title without adding content ("Data & features", "Этап: модель"). */
    private static final List<String> FILLER = List.of("and", "&", "plan", "stage", "section", "box", "step", "part",
            "overview", "the", "our", "和", "与", "及", "阶段", "部分", "环节", "方案", "步骤", "и", "этап", "блок", "часть",
            "раздел", "шаг", "план");
    /** Every stage name and the filler in one matcher, so a title is read in one pass (every box's title is). */
    private static final Terms NAMES_AND_FILLER = namesAndFiller();
    /** A longer title is a sentence, not a stage heading. */
    private static final int MAX_TITLE_WORDS = 5;

    private StageTitles() {
    }

    /** True when the title holds nothing but stage names, numbering and joining words (or nothing at all). */
    public static boolean onlyStageNames(String title) {
        String rest = NAMES_AND_FILLER.strip(TextNorm.normalize(title));
        return rest.codePoints().noneMatch(Character::isLetter);
    }

    private static Terms namesAndFiller() {
        List<String> all = new java.util.ArrayList<>();
        Vocabulary.STAGE_NAMES.values().forEach(k -> all.addAll(k.terms()));
        all.addAll(FILLER);
        return Terms.of(all);
    }

    /**
     * The stage a title names, or null: the title is short and starts (after any numbering) with a name of that
     * stage. When two stages' names start there, the longer name wins ("Model monitoring" is monitoring).
     */
    public static Stage stageNamed(String title) {
        String norm = TextNorm.normalize(title);
        List<Tokenizer.Token> tokens = Tokenizer.tokens(norm);
        if (tokens.isEmpty() || tokens.size() > MAX_TITLE_WORDS) {
            return null;
        }
        int start = 0;
        for (Tokenizer.Token t : tokens) {
            if (!t.text().chars().allMatch(Character::isDigit)) {
                start = t.start();
                break;
            }
        }
        Stage best = null;
        int bestLength = 0;
        for (Map.Entry<Stage, Keywords> e : Vocabulary.STAGE_NAMES.entrySet()) {
            Terms.Match m = e.getValue().find(norm, start);
            if (m != null && m.start() == start && m.end() - m.start() > bestLength) {
                best = e.getKey();
                bestLength = m.end() - m.start();
            }
        }
        return best;
    }
}
