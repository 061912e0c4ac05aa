package org.stageboard.edit;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.TradeOff;

/** Trade-off row {@code index} of a box removed; nothing when there is no such row. */
public record RemoveTradeOff(String id, int index) implements BoardEdit {
    public Board apply(Board b) {
        return b.mapNodes(List.of(id), n -> {
            if (index < 0 || index >= n.tradeoffs().size()) {
                return n;
            }
            List<TradeOff> list = new ArrayList<>(n.tradeoffs());
            list.remove(index);
            return n.withTradeoffs(list);
        });
    }

    public String descriptionKey() {
        return "edit.tradeoff.remove";
    }

    public boolean changesWords() {
        return true;
    }
}
