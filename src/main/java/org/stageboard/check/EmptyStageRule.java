package org.stageboard.check;

import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** A stage box that holds nothing beyond its title (hints, a copied hint or "TBD" do not count). Notes are exempt. */
public final class EmptyStageRule implements Rule {
    @Override
    public String id() {
        return "empty-stage";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        for (Stage s : Stage.pipeline()) {
            for (Node n : ctx.nodes(s)) {
                if (ctx.isEmpty(n)) {
                    out.add(this, s, n.id(), n.title());
                }
            }
        }
    }
}
