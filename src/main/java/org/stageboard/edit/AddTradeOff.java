package org.stageboard.edit;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.TradeOff;

/** An empty trade-off row appended to a box. */
public record AddTradeOff(String id) implements BoardEdit {
    public Board apply(Board b) {
        return b.mapNodes(List.of(id), n -> {
            List<TradeOff> list = new ArrayList<>(n.tradeoffs());
            list.add(new TradeOff("", List.of(), ""));
            return n.withTradeoffs(list);
        });
    }

    public String descriptionKey() {
        return "edit.tradeoff.add";
    }

    public boolean changesWords() {
        return true;
    }
}
