package org.stageboard.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses "--name value", "-o value" and boolean "--flag" options; everything else is positional. */
public final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Args() {
    }

    /**
     * @param valued options that take a value (e.g. "-o", "--scale")
     * @param flags  options that take none (e.g. "--json")
     * @throws CliException on an unknown option or a missing value
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (valued.contains(s)) {
                if (i + 1 >= args.size()) {
                    throw new CliException("option " + s + " needs a value");
                }
                a.options.put(s, args.get(++i));
            } else if (flags.contains(s)) {
                a.options.put(s, "true");
            } else if (s.startsWith("-") && s.length() > 1) {
                throw new CliException("unknown option " + s);
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    public List<String> positional() {
        return positional;
    }

    public String get(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The single positional argument, or a CliException naming what is missing. */
    public String onlyPositional(String what) {
        if (positional.isEmpty()) {
            throw new CliException("missing " + what);
        }
        if (positional.size() > 1) {
            throw new CliException("unexpected argument " + positional.get(1));
        }
        return positional.get(0);
    }
}
