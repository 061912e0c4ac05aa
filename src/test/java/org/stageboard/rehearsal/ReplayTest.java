package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.RandomEdits;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class ReplayTest {

    /** A random session: edits at random gaps (some in the same millisecond), with events in between. */
    static SessionLog randomSession(long seed, List<Long> times, List<Board> boards) {
        FakeClock clock = new FakeClock(123_456);
        Random rnd = new Random(seed);
        RandomEdits edits = new RandomEdits(seed);
        Board b = Board.empty().withTitle("Video recs").addNode(Node.of("n1", Stage.REQUIREMENTS, "目标", 0, 0));
        SessionLog log = new SessionLog(b, clock);
        times.add(0L);
        boards.add(b);
        for (int i = 0; i < 200; i++) {
            clock.advance(rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(5_000));
            if (rnd.nextInt(10) == 0) {
                log.phaseChanged(Phase.values()[rnd.nextInt(Phase.values().length)]);
                continue;
            }
            Board after = edits.nextBoard(b);
            if (!after.equals(b)) {
                log.recordEdit(b, after, "edit " + i);
                b = after;
                times.add(log.end());
                boards.add(b);
            }
        }
        return log;
    }

    @Test
    void boardAtIsExactAtEveryEntryAndBetweenEntries() {
        List<Long> times = new ArrayList<>();
        List<Board> boards = new ArrayList<>();
        Replay replay = new Replay(randomSession(7, times, boards));
        assertExact(replay, times, boards);
    }

    @Test
    void aSavedAndReloadedSessionReplaysTheSameBoards() throws Exception {
        List<Long> times = new ArrayList<>();
        List<Board> boards = new ArrayList<>();
        SessionLog log = randomSession(11, times, boards);
        SessionLogCodec codec = new SessionLogCodec();
        SavedSession back = codec.read(codec.write(new SavedSession(log, PhasePlan.preset60())), "mem");
        assertEquals(log.entries(), back.log().entries());
        assertExact(new Replay(back.log()), times, boards);
    }

    static void assertExact(Replay replay, List<Long> times, List<Board> boards) {
        for (int i = 0; i < times.size(); i++) {
            long t = times.get(i);
            boolean lastAtThisTime = i == times.size() - 1 || times.get(i + 1) > t;
            if (lastAtThisTime) {
                assertEquals(boards.get(i), replay.boardAt(t), "at entry " + i + " (" + t + " ms)");
                long nextT = i == times.size() - 1 ? t + 10_000 : times.get(i + 1);
                for (long between = t + 1; between < nextT; between += Math.max(1, (nextT - t) / 7)) {
                    assertEquals(boards.get(i), replay.boardAt(between), "between entries " + i + " and " + (i + 1));
                }
            }
        }
        assertEquals(boards.get(0), replay.boardAt(-1), "before the start");
    }

    @Test
    void sameMillisecondEditsShowTheLastOne() {
        FakeClock clock = new FakeClock(0);
        Board a = Board.empty();
        SessionLog log = new SessionLog(a, clock);
        clock.advance(100);
        Board b = a.withTitle("b");
        Board c = b.withTitle("c");
        log.recordEdit(a, b, "1");
        log.recordEdit(b, c, "2");
        Replay r = new Replay(log);
        assertSame(a, r.boardAt(99));
        assertSame(c, r.boardAt(100));
        assertEquals(List.of(0L, 100L, 100L), r.changeTimes());
        assertEquals(100, r.duration());
    }
}
