package org.stageboard.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLoader;
import org.stageboard.template.TextMetrics;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen-free estimate in TextMetrics must never be smaller than what JavaFX really lays out with the same
 * fonts and wrapping width, or laid-out boxes would cut text off.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TextMetricsMatchesJavaFxTest {
    @Start
    void start(Stage stage) {
        // only the toolkit is needed
    }

    private static int realLines(String s, double width, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        t.setWrappingWidth(width);
        Text one = new Text("Xg");
        one.setFont(font);
        return (int) Math.round(t.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight());
    }

    @Test
    void estimatesAreNeverBelowRealLayout(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Font text = Font.font(TextMetrics.TEXT_FONT_SIZE);
            Font title = Font.font(null, FontWeight.BOLD, TextMetrics.TITLE_FONT_SIZE);
            for (String id : List.of("ride-eta", "toxic-comments-multilingual")) {
                Template t;
                try {
                    t = new TemplateLoader().load(Path.of("src/test/resources/templates", id + ".json"));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                for (Seeder.Mode mode : Seeder.Mode.values()) {
                    Board b = Seeder.seed(t, mode);
                    for (Node n : b.nodes()) {
                        for (double width : new double[] {n.width(), 200, 340}) {
                            double inner = width - 2 * TextMetrics.PADDING;
                            List<String[]> parts = new ArrayList<>();
                            parts.add(new String[] {n.title(), "title"});
                            parts.add(new String[] {TextMetrics.body(n), "body"});
                            for (TradeOff to : n.tradeoffs()) {
                                parts.add(new String[] {org.stageboard.i18n.TradeOffFormat.oneLine(to), "tradeoff"});
                            }
                            for (String[] p : parts) {
                                boolean bold = p[1].equals("title");
                                int est = TextMetrics.lines(p[0], inner, bold ? TextMetrics.TITLE_FONT_SIZE
                                        : TextMetrics.TEXT_FONT_SIZE, bold);
                                int real = realLines(p[0], inner, bold ? title : text);
                                if (est < real) {
                                    problems.add(id + " " + n.id() + " " + p[1] + " at " + width + ": estimated "
                                            + est + " < real " + real);
                                }
                            }
                        }
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void longMultilingualParagraphs(FxRobot robot) {
        List<String> samples = List.of(
                "WWWW MMMM wwww mmmm QUANTILE LOSS AT P70 SO THE SHOWN ETA IS LATE LESS OFTEN, WITH 30 MS P99",
                "Метки берём из чарджбэков, которые приходят с задержкой до девяноста дней; ЩЖЮФ шщжюф",
                "使用过去九十天的支付记录作为训练数据，并按时间切分训练集和测试集以防止泄漏。「引号」（括号）",
                "mixed 中文 and русский text — with dashes › and “quotes” • bullets 12345678901234567890");
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Font text = Font.font(TextMetrics.TEXT_FONT_SIZE);
            for (String s : samples) {
                for (double w = 120; w <= 360; w += 20) {
                    int est = TextMetrics.lines(s, w, TextMetrics.TEXT_FONT_SIZE, false);
                    int real = realLines(s, w, text);
                    if (est < real) {
                        problems.add(s + " at " + w + ": estimated " + est + " < real " + real);
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
