package org.stageboard.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class MermaidWriterTest {
    @AfterEach
    void english() {
        Messages.setLocale(Locale.US);
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid-docs.mmd", "valid-classes.mmd"})
    void theGrammarCheckAcceptsKnownValidFlowcharts(String fixture) throws IOException {
        assertEquals(List.of(), MermaidGrammar.problems(fixture(fixture)));
    }

    @Test
    void theGrammarCheckRejectsWhatMermaidRejects() {
        assertFalse(MermaidGrammar.problems("flowchart LR\n  a[\"He said \"hi\"\"]").isEmpty());
        assertFalse(MermaidGrammar.problems("flowchart LR\n  end[\"x\"]").isEmpty());
        assertFalse(MermaidGrammar.problems("flowchart LR\n  a[\"x\"] -> b[\"y\"]").isEmpty());
        assertFalse(MermaidGrammar.problems("flowchart LR\n  a[\"x\"]:::nope").isEmpty());
        assertFalse(MermaidGrammar.problems("graph\n  a[\"x\"]").isEmpty());
        assertFalse(MermaidGrammar.problems("flowchart LR\n  a[\"C# code\"]").isEmpty());
    }

    @Test
    void everyBoxIsANodeEveryArrowAnEdgeAndStagesAreClasses() {
        Board b = new Board("Video recs", "", "", "", List.of(
                Node.of("n1", Stage.REQUIREMENTS, "Goals", 0, 0),
                Node.of("end", Stage.DATA, "Data", 300, 0),
                Node.of("n3", Stage.MODEL, "Two-tower", 600, 0)),
                List.of(new Edge("e1", "n1", "end", "scale"), new Edge("e2", "end", "n3", "")));
        String mmd = MermaidWriter.write(b);
        assertEquals(List.of(), MermaidGrammar.problems(mmd), mmd);
        assertEquals(3, count(mmd, "\\[\""));
        assertTrue(mmd.contains("box1 -->|\"scale\"| box2"), mmd);
        assertTrue(mmd.contains("box2 --> box3"), mmd);
        assertTrue(mmd.contains("classDef data fill:#e8f5e9,stroke:#2e7d32"), mmd);
        assertTrue(mmd.contains(":::model"), mmd);
        assertTrue(labels(mmd).contains("MODEL\nTwo-tower"), labels(mmd).toString());
    }

    @Test
    void quotesBracketsAndHashesAreEscapedAndReadBackAsTyped() {
        String nasty = "A \"quoted\" [box] (x) {y} <b> & C# | `t` ; end";
        Board b = new Board("", "", "", "", List.of(
                new Node("n1", Stage.FEATURES, nasty, "", "", List.of(), 0, 0, 200, 100),
                Node.of("n2", Stage.NOTE, "two\nlines", 0, 200)),
                List.of(new Edge("e1", "n1", "n2", "say \"hi\" | #1")));
        String mmd = MermaidWriter.write(b);
        assertEquals(List.of(), MermaidGrammar.problems(mmd), mmd);
        List<String> labels = labels(mmd);
        assertTrue(labels.contains("FEATURES\n" + nasty), labels.toString());
        assertTrue(labels.contains("NOTE\ntwo\nlines"), labels.toString());
        assertTrue(labels.contains("say \"hi\" | #1"), labels.toString());
    }

    @Test
    void chineseAndRussianBoardsAreValidAndKeepTheirText() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        String zh = MermaidWriter.write(TestBoards.chinese());
        assertEquals(List.of(), MermaidGrammar.problems(zh), zh);
        assertTrue(labels(zh).contains("数据\n数据与标签"), labels(zh).toString());
        assertTrue(labels(zh).contains("标签"), labels(zh).toString());

        Messages.setLocale(new Locale("ru"));
        String ru = MermaidWriter.write(TestBoards.russian());
        assertEquals(List.of(), MermaidGrammar.problems(ru), ru);
        assertTrue(labels(ru).contains("Модель"), labels(ru).toString());
        assertTrue(labels(ru).contains("обучение"), labels(ru).toString());
    }

    private static List<String> labels(String mmd) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(mmd);
        while (m.find()) {
            out.add(MermaidGrammar.decode(m.group(1)));
        }
        return out;
    }

    private static int count(String s, String regex) {
        return (int) Pattern.compile(regex).matcher(s).results().count();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = MermaidWriterTest.class.getResourceAsStream("/mermaid/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
