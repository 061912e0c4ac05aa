package org.stageboard.export.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checker for the subset of Mermaid's flowchart grammar (flow.jison) that the writer emits: a header, comments,
 * node statements with a quoted square label and an optional {@code :::class}, links with an optional quoted
 * label, class assignments and {@code classDef}. It rejects what the real parser rejects in this subset: a raw
 * quote inside a quoted label, reserved words as ids, unknown link syntax, links to undeclared nodes, classes
 * used but never defined. Returns the problems found, empty when the text is valid.
 */
final class MermaidGrammar {
    private static final String ID = "[A-Za-z0-9_]+";
    private static final String STR = "\"[^\"]*\"";
    private static final Pattern NODE = Pattern.compile("(" + ID + ")\\[(" + STR + ")\\](?::::(" + ID + "))?");
    private static final Pattern LINK = Pattern.compile("\\s*-->\\s*(?:\\|(" + STR + ")\\|)?\\s*");
    private static final Pattern CLASS_DEF = Pattern.compile(
            "classDef (" + ID + ") [a-z-]+:[#A-Za-z0-9.]+(,[a-z-]+:[#A-Za-z0-9.]+)*");
    private static final Pattern CLASS_USE = Pattern.compile("(" + ID + "):::(" + ID + ")");
    private static final Pattern ENTITY = Pattern.compile("#([a-z]+|[0-9]+);");
    private static final Set<String> RESERVED = Set.of("end", "subgraph", "graph", "flowchart", "class", "classDef",
            "click", "style", "linkStyle", "default", "call", "href", "direction");

    private MermaidGrammar() {
    }

    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].strip().matches("flowchart (LR|RL|TB|TD|BT)")) {
            problems.add("line 1: expected a flowchart header");
        }
        Set<String> declared = new HashSet<>();
        Set<String> classesUsed = new HashSet<>();
        Set<String> classesDefined = new HashSet<>();
        List<String[]> links = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            Matcher def = CLASS_DEF.matcher(line);
            if (def.matches()) {
                classesDefined.add(def.group(1));
                continue;
            }
            Matcher use = CLASS_USE.matcher(line);
            if (use.matches()) {
                declared.add(use.group(1));
                classesUsed.add(use.group(2));
                continue;
            }
            // a chain: vertex (link vertex)*, where a vertex is a bare id or a node statement
            int at = 0;
            String previous = null;
            boolean ok = true;
            while (ok) {
                Matcher node = NODE.matcher(line).region(at, line.length());
                Matcher bare = Pattern.compile(ID).matcher(line).region(at, line.length());
                String id;
                if (node.lookingAt()) {
                    id = node.group(1);
                    checkLabel(node.group(2), where, problems);
                    declared.add(id);
                    if (node.group(3) != null) {
                        classesUsed.add(node.group(3));
                    }
                    at = node.end();
                } else if (bare.lookingAt()) {
                    id = bare.group();
                    at = bare.end();
                } else {
                    problems.add(where + "expected a node at column " + (at + 1) + ": " + line);
                    break;
                }
                if (RESERVED.contains(id)) {
                    problems.add(where + "reserved word used as an id: " + id);
                }
                if (previous != null) {
                    links.add(new String[] {previous, id, where});
                }
                if (at == line.length()) {
                    break;
                }
                Matcher link = LINK.matcher(line).region(at, line.length());
                if (!link.lookingAt()) {
                    problems.add(where + "expected --> at column " + (at + 1) + ": " + line);
                    ok = false;
                } else {
                    if (link.group(1) != null) {
                        checkLabel(link.group(1), where, problems);
                    }
                    at = link.end();
                    previous = id;
                }
            }
        }
        for (String[] l : links) {
            for (String end : new String[] {l[0], l[1]}) {
                if (!declared.contains(end)) {
                    problems.add(l[2] + "link to a node with no label: " + end);
                }
            }
        }
        for (String c : classesUsed) {
            if (!classesDefined.contains(c)) {
                problems.add("class used but never defined: " + c);
            }
        }
        return problems;
    }

    private static void checkLabel(String quoted, String where, List<String> problems) {
        String inner = quoted.substring(1, quoted.length() - 1);
        String withoutEntities = ENTITY.matcher(inner).replaceAll("");
        if (withoutEntities.contains("#")) {
            problems.add(where + "a # that starts no entity: " + inner);
        }
        if (inner.contains("\n")) {
            problems.add(where + "a raw line break in a label");
        }
    }

    /** The text a label shows: entities decoded and line breaks restored. */
    static String decode(String inner) {
        String s = inner.replace("<br/>", "\n");
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> e.chars().allMatch(Character::isDigit)
                        ? new String(Character.toChars(Integer.parseInt(e))) : m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
