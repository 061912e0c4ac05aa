package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.ui.kit.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In Russian (the longest labels) under the AtlantaFX theme, a 1200 px wide timer bar cuts no text, ready or running. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TimerBarFitsTest {
    private TimerBar bar;
    private final FakeClock clock = new FakeClock(0);
    private Locale before;

    @Start
    void start(Stage stage) {
        before = Messages.locale();
        Messages.setLocale(Locale.forLanguageTag("ru"));
        Theme.DARK.apply();
        bar = new TimerBar(clock);
        stage.setScene(new Scene(new VBox(bar), 1200, 100));
        stage.show();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
        javafx.application.Application.setUserAgentStylesheet(null);
    }

    private void assertNothingCut(String when) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // measuring asks controls for their preferred sizes, which a combo box computes by laying out its cells:
        // that must happen on the FX thread
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> cutLabels(when)).get();
        assertEquals(List.of(), cut);
    }

    private List<String> cutLabels(String when) {
        List<String> cut = new ArrayList<>();
        for (javafx.scene.Node n : bar.lookupAll(".label, .button, .combo-box")) {
            if (n instanceof Labeled c && n.isVisible() && c.getText() != null && !c.getText().isEmpty()) {
                if (c.isWrapText() ? c.getHeight() + 0.5 < c.prefHeight(c.getWidth())
                        : c.getWidth() + 0.5 < c.prefWidth(-1)) {
                    cut.add(when + ": cut '" + c.getText() + "' " + c.getWidth() + " < " + c.prefWidth(-1));
                }
            }
        }
        if (bar.minWidth(-1) > 1200) {
            cut.add(when + ": the bar needs " + bar.minWidth(-1));
        }
        return cut;
    }

    @Test
    void russianFitsAt1200(FxRobot robot) throws Exception {
        assertNothingCut("ready");
        robot.clickOn("#timer-start");
        robot.interact(bar::refresh);
        assertNothingCut("running");
        robot.clickOn("#timer-pause");
        assertNothingCut("paused");
        robot.clickOn("#timer-pause");
        clock.advanceMinutes(36);                  // the longest phase name: serving and monitoring, and overrun
        robot.interact(bar::refresh);
        assertNothingCut("serving");
    }
}
