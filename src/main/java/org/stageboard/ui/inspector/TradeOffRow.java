package org.stageboard.ui.inspector;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stageboard.edit.SetTradeOffField;
import org.stageboard.edit.SetTradeOffField.TradeOffField;
import org.stageboard.model.TradeOff;

/**
 * One trade-off row of the inspected box as three typed fields: the choice, the alternatives as one list
 * ("a, b; c") and the reason. Typing in a field issues a {@link SetTradeOffField} through its {@link InspectorModel}.
 */
public final class TradeOffRow {
    private final StringProperty choice = new SimpleStringProperty("");
    private final StringProperty over = new SimpleStringProperty("");
    private final StringProperty because = new SimpleStringProperty("");
    /** The alternatives as the board has them, to tell typing from showing. */
    private List<String> boardOver = List.of();

    TradeOffRow(InspectorModel model, TradeOff shown) {
        show(shown);
        choice.addListener((o, a, t) -> model.editTradeOff(this, TradeOffField.CHOICE, t));
        over.addListener((o, a, t) -> {
            // the board's own list as shown is no edit: re-reading it would drop blank alternatives
            if (!t.equals(written(boardOver))) {
                model.editTradeOff(this, TradeOffField.OVER, t);
            }
        });
        because.addListener((o, a, t) -> model.editTradeOff(this, TradeOffField.BECAUSE, t));
    }

    public StringProperty choiceProperty() {
        return choice;
    }

    /** The alternatives as typed, separated by commas or semicolons (Latin or CJK). */
    public StringProperty overProperty() {
        return over;
    }

    public StringProperty becauseProperty() {
        return because;
    }

    /** Puts the board's values in, keeping what the user is typing ("a, ") when it reads as the same list. */
    void show(TradeOff t) {
        boardOver = t.over();
        choice.set(t.choice());
        if (!SetTradeOffField.alternatives(over.get()).equals(t.over())) {
            over.set(written(t.over()));
        }
        because.set(t.because());
    }

    private static String written(List<String> alternatives) {
        return String.join(", ", alternatives);
    }
}
