package org.stageboard.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import org.stageboard.i18n.Messages;

/**
 * One problem in a JSON file of any of the app's formats (board, template, session log, settings): what is wrong,
 * the JSON path it is at ({@code nodes[3].stage}) and, when the parser knew it, the line and column. Each format
 * turns it into its own exception with {@link #message(String)}, so all four say
 * {@code file: line L, column C: path: problem} in the user's language.
 */
public final class JsonProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final int line;
    private final int column;

    private JsonProblem(String path, String problem, JsonLocation at, Throwable cause) {
        super(problem, cause);
        this.path = path;
        this.problem = problem;
        this.line = at == null ? 0 : at.getLineNr();
        this.column = at == null ? 0 : at.getColumnNr();
    }

    /** A problem found after binding, by a format's own checks: the path says where. */
    public static JsonProblem at(String path, String problem) {
        return new JsonProblem(path, problem, null, null);
    }

    /** A problem with the file as a whole (empty, too large): no place to name. */
    public static JsonProblem whole(String problem) {
        return new JsonProblem("", problem, null, null);
    }

    /** A problem at a byte the caller located itself (invalid UTF-8). */
    public static JsonProblem atLine(int line, int column, String problem) {
        return new JsonProblem("", problem, new JsonLocation(null, -1, line, column), null);
    }

    /** {@code path: expected <kind>, found null}: for a null inside a list, which binding lets through. */
    public static JsonProblem nullFound(String path, String expectedKindKey) {
        return at(path, Messages.get("io.problem.wrongType", Messages.get(expectedKindKey), Messages.get("io.kind.null")));
    }

    /** Translates what Jackson threw while parsing or binding into the user's words, keeping its place. */
    public static JsonProblem from(JsonProcessingException e) {
        JsonProcessingException root = rootCause(e);
        JsonLocation at = root.getLocation() != null ? root.getLocation() : e.getLocation();
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (root instanceof JsonValueBudget.TooManyValues tooMany) {
            return new JsonProblem(path, Messages.get("io.problem.tooManyValues", String.valueOf(tooMany.limit())), at, e);
        }
        if (root instanceof StreamConstraintsException) {
            return new JsonProblem(path, Messages.get("io.problem.limit", Excerpt.of(reason(root), 120)), at, e);
        }
        if (root instanceof JsonEOFException) {
            return new JsonProblem(path, Messages.get("io.problem.truncated"), at, e);
        }
        if (root instanceof MismatchedInputException m) {
            return mismatch(path, m.getTargetType(), m.getProcessor(), at, e);
        }
        if (root instanceof InputCoercionException c) {
            return mismatch(path, c.getTargetType(), c.getProcessor(), at, e);
        }
        return new JsonProblem(path, Messages.get("io.problem.notJson", Excerpt.of(reason(root), 160)), at, e);
    }

    /** The same problem inside a larger file, where what was read sits at {@code prefix} ("entries[3].board"). */
    public JsonProblem under(String prefix) {
        String joined = prefix.isEmpty() ? path : path.isEmpty() ? prefix
                : path.startsWith("[") ? prefix + path : prefix + "." + path;
        JsonProblem p = new JsonProblem(joined, problem, line > 0 ? new JsonLocation(null, -1, line, column) : null,
                getCause());
        return p;
    }

    /** The whole message: {@code source: line L, column C: path: problem}, leaving out what is unknown. */
    public String message(String source) {
        boolean located = line > 0;
        String where = located ? Messages.get("io.where.lineColumn", String.valueOf(line), String.valueOf(column)) : "";
        if (located && !path.isEmpty()) {
            return Messages.get("io.error.whereAt", source, where, path, problem);
        }
        if (located || !path.isEmpty()) {
            return Messages.get("io.error.where", source, located ? where : path, problem);
        }
        return Messages.get("io.error.plain", source, problem);
    }

    /** The JSON path, empty at the top level. */
    public String path() {
        return path;
    }

    /** The line the problem starts on, 0 when the parser did not know it. */
    public int line() {
        return line;
    }

    /** The column the problem starts at, 0 when the parser did not know it. */
    public int column() {
        return column;
    }

    /** The problem alone, without file or place. */
    public String problem() {
        return problem;
    }

    /** A value of the wrong kind: "expected a number, found a string ("40")", or "found a list" at the top. */
    private static JsonProblem mismatch(String path, Class<?> target, Object processor, JsonLocation at,
            JsonProcessingException e) {
        String found = processor instanceof JsonParser p ? describe(p) : Messages.get("io.kind.null");
        if (processor instanceof JsonParser p && p.currentTokenLocation() != null) {
            at = p.currentTokenLocation(); // where the wrong value starts, not where the parser stopped in it
        }
        if (path.isEmpty()) {
            return new JsonProblem("", Messages.get("io.problem.notObject", found), null, e);
        }
        return new JsonProblem(path, Messages.get("io.problem.wrongType", expectedKind(target), found), at, e);
    }

    private static String expectedKind(Class<?> target) {
        if (target == null) {
            return Messages.get("io.kind.value");
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class) {
            return Messages.get("io.kind.wholeNumber");
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return Messages.get("io.kind.number");
        }
        if (target == String.class || target.isEnum()) {
            return Messages.get("io.kind.string");
        }
        if (target == Boolean.class || target == boolean.class) {
            return Messages.get("io.kind.boolean");
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return Messages.get("io.kind.array");
        }
        return Messages.get("io.kind.object");
    }

    /** "a string (\"abc\")": the kind of value the parser stands on, with a short excerpt so the user can spot it. */
    private static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return Messages.get("io.kind.null");
        }
        String kind = switch (t) {
            case VALUE_STRING -> Messages.get("io.kind.string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Messages.get("io.kind.number");
            case VALUE_TRUE, VALUE_FALSE -> Messages.get("io.kind.boolean");
            case VALUE_NULL -> Messages.get("io.kind.null");
            case START_ARRAY, END_ARRAY -> Messages.get("io.kind.array");
            default -> Messages.get("io.kind.object");
        };
        if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
            return kind;
        }
        String text;
        try {
            text = p.getText();
        } catch (java.io.IOException ex) {
            return kind;
        }
        return kind + " (" + (t == JsonToken.VALUE_STRING ? "\"" + Excerpt.of(text, 37) + "\"" : Excerpt.of(text, 40)) + ")";
    }

    /** The innermost Jackson exception: databind wraps the parser's own (limits, syntax) with a path. */
    private static JsonProcessingException rootCause(JsonProcessingException e) {
        JsonProcessingException root = e;
        while (!(root instanceof MismatchedInputException) && root.getCause() instanceof JsonProcessingException inner
                && inner != root) {
            root = inner;
        }
        return root;
    }

    /** "nodes[3].tradeoffs[0].over[1]" from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            }
        }
        return out.toString();
    }

    /** Jackson's own wording, without the "at [Source: ...]" trailer it appends. */
    private static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = m.indexOf(" at [Source");
        m = cut >= 0 ? m.substring(0, cut) : m;
        cut = m.indexOf('\n');
        m = cut >= 0 ? m.substring(0, cut) : m;
        m = m.replaceAll(", from `[^`]*`", ""); // names a Java method, which tells the user nothing
        // Jackson lists every token kind it would accept; "a JSON value" says the same to a person
        return m.replaceAll("\\(JSON String, Number.*'false'\\)", "a JSON value").strip();
    }
}
