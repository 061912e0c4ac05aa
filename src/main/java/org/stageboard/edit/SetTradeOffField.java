package org.stageboard.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.stageboard.model.Board;
import org.stageboard.model.TradeOff;

/** One field of trade-off row {@code index} as typed; the alternatives are typed as one list ("a, b; c"). */
public record SetTradeOffField(String id, int index, TradeOffField field, String typed) implements BoardEdit {
    /** The three fields of a trade-off row. */
    public enum TradeOffField {
        CHOICE(MergeKey.Field.TRADEOFF_CHOICE), OVER(MergeKey.Field.TRADEOFF_OVER),
        BECAUSE(MergeKey.Field.TRADEOFF_BECAUSE);

        private final MergeKey.Field key;

        TradeOffField(MergeKey.Field key) {
            this.key = key;
        }
    }

    public SetTradeOffField {
        Objects.requireNonNull(field);
        typed = typed == null ? "" : typed;
    }

    /** "a, b; c" -> [a, b, c]: alternatives are separated by commas or semicolons, Latin or CJK. */
    public static List<String> alternatives(String typed) {
        return Arrays.stream(typed.split("[,;\uFF0C\u3001\uFF1B]")).map(String::trim).filter(x -> !x.isEmpty())
                .toList();
    }

    public Board apply(Board b) {
        return b.mapNodes(List.of(id), n -> {
            if (index < 0 || index >= n.tradeoffs().size()) {
                return n;
            }
            List<TradeOff> list = new ArrayList<>(n.tradeoffs());
            TradeOff t = list.get(index);
            list.set(index, switch (field) {
                case CHOICE -> new TradeOff(typed, t.over(), t.because());
                case OVER -> new TradeOff(t.choice(), alternatives(typed), t.because());
                case BECAUSE -> new TradeOff(t.choice(), t.over(), typed);
            });
            return n.withTradeoffs(list);
        });
    }

    public String descriptionKey() {
        return "edit.tradeoff";
    }

    public MergeKey mergeKey() {
        return new MergeKey(field.key, id, index);
    }

    public boolean changesWords() {
        return true;
    }
}
