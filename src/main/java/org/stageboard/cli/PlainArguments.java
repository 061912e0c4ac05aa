package org.stageboard.cli;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments of a command run the plain way, set without picocli: the command's one file name and its options
 * each its own word ({@code --lang zh}, {@code -o out.png}), each at most once. picocli's model of a command (its option specs, type
 * converters for a hundred types, help sections) took about a sixth of a {@code check}'s time on a fresh JVM, for
 * command lines that need none of it. Anything else (help, a joined option {@code --lang=zh} or {@code -oout.png}, a value that
 * starts with "-", an {@code @file}, "--", a repeated or unknown option, a second file) is not taken here and goes
 * to picocli as before, so what a command line means, and every message about a wrong one, is picocli's.
 */
final class PlainArguments {
    private PlainArguments() {
    }

    /**
     * Sets {@code command}'s annotated fields from {@code args} (the words after the command's name) and returns
     * true, or returns false with the fields untouched when picocli should read them.
     */
    static boolean set(CliCommand command, String[] args) {
        Optional<Map<Field, Object>> values = values(command.getClass(), args);
        if (values.isEmpty()) {
            return false;
        }
        try {
            for (Map.Entry<Field, Object> v : values.get().entrySet()) {
                v.getKey().setAccessible(true);
                v.getKey().set(command, v.getValue());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // a field this path cannot set (a module rule): picocli can, as it always did
        }
        return true;
    }

    /** The value for each field {@code args} give, or empty when picocli should read them. */
    static Optional<Map<Field, Object>> values(Class<?> type, String[] args) {
        Map<String, Field> options = new HashMap<>();
        Field positional = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Option o = f.getAnnotation(Option.class);
                Parameters p = f.getAnnotation(Parameters.class);
                if (o != null) {
                    if (o.usageHelp() || o.versionHelp() || f.getType() != String.class && f.getType() != boolean.class) {
                        continue; // help is picocli's to print; its names below are then unknown, so picocli's
                    }
                    for (String name : o.names()) {
                        options.put(name, f);
                    }
                } else if (p != null) {
                    if (positional != null || f.getType() != String.class || !"0..1".equals(p.arity())) {
                        return Optional.empty();
                    }
                    positional = f;
                }
            }
        }
        Map<Field, Object> values = new HashMap<>();
        Set<Field> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.startsWith("@")) {
                return Optional.empty();
            }
            if (a.startsWith("-")) {
                Field f = options.get(a);
                if (f == null || !seen.add(f)) {
                    return Optional.empty();
                }
                if (f.getType() == boolean.class) {
                    values.put(f, Boolean.TRUE);
                } else {
                    if (i + 1 >= args.length || args[i + 1].isEmpty() || args[i + 1].startsWith("-")
                            || args[i + 1].startsWith("@")) {
                        return Optional.empty();
                    }
                    values.put(f, args[++i]);
                }
            } else {
                if (positional == null || !seen.add(positional)) {
                    return Optional.empty();
                }
                values.put(positional, a);
            }
        }
        return Optional.of(values);
    }
}
