package org.stageboard.geom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.stageboard.model.Rect;

/** The index answers what filtering every box would, in the same order, and routes through it are the same. */
class RectIndexProperties {

    @Property(tries = 300)
    void findsExactlyTheIntersectingRectsInTheirOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 80) int count) {
        Random random = new Random(seed);
        List<Rect> rects = randomRects(random, count);
        // odd ones too: empty, negative sizes, huge
        rects.add(new Rect(100, 100, 0, 0));
        rects.add(new Rect(500, 500, -40, 30));
        rects.add(new Rect(-1e13, -5, 2e13, 10));
        RectIndex index = new RectIndex(rects);
        for (int q = 0; q < 20; q++) {
            Rect area = new Rect(random.nextInt(4000) - 1000, random.nextInt(4000) - 1000, random.nextInt(3000), random.nextInt(3000));
            List<Rect> expected = rects.stream().filter(r -> r.intersects(area)).toList();
            assertEquals(expected, index.intersecting(area), "query " + area);
        }
    }

    @Property(tries = 100)
    void routesThroughTheIndexAreTheRoutesThroughTheList(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int count) {
        Random random = new Random(seed);
        List<Rect> boxes = randomRects(random, count);
        RectIndex index = new RectIndex(boxes);
        for (int a = 0; a < 10; a++) {
            Rect from = boxes.get(random.nextInt(count));
            Rect to = boxes.get(random.nextInt(count));
            if (from.equals(to)) {
                continue;
            }
            assertArrayEquals(ArrowRouter.route(from, to, boxes), ArrowRouter.route(from, to, index), from + " to " + to);
        }
    }

    private static List<Rect> randomRects(Random random, int count) {
        List<Rect> rects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // coarse positions: boxes share edges, rows and cells' borders (multiples of 400) often
            rects.add(new Rect(random.nextInt(30) * 100.0 - 600, random.nextInt(30) * 80.0 - 400,
                    40 + random.nextInt(6) * 60.0, 30 + random.nextInt(5) * 40.0));
        }
        return rects;
    }
}
