package org.stageboard.template;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * The template schema's style limits (how many clarifying questions, answer points, follow-ups; how long titles,
 * hints, points and trade-offs may be). A template that breaks them still works, so the loader accepts it; the
 * shipped templates are held to them by a test.
 */
public final class TemplateLint {
    private TemplateLint() {
    }

    /** One line per broken limit, naming the template and the field. */
    public static List<String> check(Template t) {
        List<String> out = new ArrayList<>();
        count(out, t, "clarifying", t.clarifying().size(), 4, 7);
        count(out, t, "followups", t.followups().size(), 6, 10);
        count(out, t, "strongAnswer", t.strongAnswer().size(), 4, 6);
        for (Stage s : Stage.pipeline()) {
            Template.StageTemplate st = t.stage(s);
            String at = "stages." + s.id();
            length(out, t, at + ".title", st.title(), 32);
            length(out, t, at + ".hint", st.hint(), 220);
            count(out, t, at + ".answer", st.answer().size(), 4, 7);
            for (int i = 0; i < st.answer().size(); i++) {
                length(out, t, at + ".answer[" + i + "]", st.answer().get(i), 110);
            }
            for (int i = 0; i < st.tradeoffs().size(); i++) {
                TradeOff to = st.tradeoffs().get(i);
                String tp = at + ".tradeoffs[" + i + "]";
                length(out, t, tp + ".choice", to.choice(), 45);
                for (int k = 0; k < to.over().size(); k++) {
                    length(out, t, tp + ".over[" + k + "]", to.over().get(k), 45);
                }
                length(out, t, tp + ".because", to.because(), 120);
            }
        }
        return out;
    }

    /** The template as lint names it: its id, and the language when it is a translation. */
    private static String name(Template t) {
        return t.language().equals(TemplateLanguage.ENGLISH) ? t.id() : t.id() + " (" + t.language() + ")";
    }

    private static void count(List<String> out, Template t, String field, int n, int min, int max) {
        if (n < min || n > max) {
            out.add(Messages.get("template.lint.count", name(t), field, String.valueOf(n), String.valueOf(min),
                    String.valueOf(max)));
        }
    }

    private static void length(List<String> out, Template t, String field, String value, int max) {
        int n = value.codePointCount(0, value.length());
        if (n > max) {
            out.add(Messages.get("template.lint.length", name(t), field, String.valueOf(n), String.valueOf(max)));
        }
    }
}
