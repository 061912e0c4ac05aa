package org.stageboard.check;

import java.util.List;
import java.util.regex.Pattern;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * "no-label-source": a data box should say where labels come from. Quiet when the board makes the label source
 * implicit, as interviewers read it: the task's data is its own target (self-supervised, unsupervised,
 * fill-in-the-middle), the target is defined outright ("label = client sent an invite", «таргет: контакт», 排序目标：…),
 * or the task predicts a quantity recorded later (regression, forecasting, ETA, summaries; not a classification) and a
 * data box names where it is recorded (session logs, sales history, SCADA readings, 闸机记录) or the years it covers.
 */
final class LabelSourceRule implements Rule {
    /** "label:", "target =", «таргет:», 标签：, 目标： (full-width colons are folded by the normaliser). */
    private static final Pattern DEFINED = Pattern.compile(
            "(?:(?<![\\p{L}\\d])(?:labels?|targets?|y|таргет|метк[аи]|целев\\S* переменн\\S*)|标签|目标|目标变量)\\s*[:=]");
    /** A span of years ("2012-2025 周度", «зимы 2015–2024»): the data box holds the quantity's own history. */
    private static final Pattern YEAR_SPAN = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d\\d\\s*(?:-|–|—|~|至|到|to|по)\\s*(?:19|20)?\\d\\d(?!\\d)"
                    // or a history counted in years: "4 года", "3 yrs of sales", "5 年"
                    + "|(?<![\\d.,])\\d{1,2}\\s*(?:years?|yrs?|года|лет|год|年)(?![\\p{L}])");
    private static final List<Stage> TASK_STAGES = List.of(Stage.FRAMING, Stage.MODEL, Stage.DATA);

    @Override
    public String id() {
        return "no-label-source";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        if (!ctx.hasStage(Stage.DATA) || ctx.allEmpty(Stage.DATA)) {
            return;
        }
        if (ctx.stageMentions(Stage.DATA, Vocabulary.LABEL_SOURCE) || implicit(ctx)) {
            return;
        }
        out.add(this, Stage.DATA, ctx.firstAnswered(Stage.DATA));
    }

    private boolean implicit(CheckContext ctx) {
        // the task is framed in Framing; a board without it frames the task in the model box. A model box that
        // weighs an unsupervised option against a supervised one is not an unsupervised task
        Stage taskStage = ctx.hasStage(Stage.FRAMING) ? Stage.FRAMING : Stage.MODEL;
        boolean recordedTask = false;
        for (Stage s : TASK_STAGES) {
            for (Node n : ctx.nodes(s)) {
                if (ctx.test(n, DEFINED, t -> DEFINED.matcher(t).find())
                        || s == taskStage && ctx.test(n, Vocabulary.SELF_SUPERVISED_TASK, LabelSourceRule::selfSupervised)) {
                    return true;
                }
                // the data box names sources ("time-series store"), not the task
                recordedTask |= s != Stage.DATA && ctx.test(n, this, LabelSourceRule::recordedTarget);
            }
        }
        return recordedTask && (ctx.stageMentions(Stage.DATA, Vocabulary.RECORDED_SOURCE)
                || ctx.stageSays(Stage.DATA, YEAR_SPAN, t -> YEAR_SPAN.matcher(t).find()));
    }

    private static boolean selfSupervised(String text) {
        return Vocabulary.SELF_SUPERVISED_TASK.in(text) && !Vocabulary.CLASSIFICATION.in(text);
    }

    /** A box that predicts a recorded quantity and is not about classifying. */
    static boolean recordedTarget(String text) {
        return Vocabulary.RECORDED_TARGET_TASK.in(text) && !Vocabulary.CLASSIFICATION.in(text);
    }
}
