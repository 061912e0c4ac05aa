package org.stageboard.check;

import java.util.regex.Pattern;
import org.stageboard.text.Scripts;

/** Recognises numbers and latency budgets in normalised text (EN/ZH/RU units; full-width digits are NFKC-folded). */
public final class Numbers {
    /** A number followed by a time unit: "p99 < 100 ms", "50ms", "100 毫秒", "200 мс", "1-2 s", "0,5 сек". */
    private static final Pattern LATENCY = Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|до)\\s*\\d+(?:[.,]\\d+)?)?\\s*"
                    + "(?:(?:ms|msec|millisec\\p{L}*|s|sec|secs|second\\p{L}*|µs|μs|us|мс|мсек|миллисекунд\\p{L}*|с|сек"
                    + "|секунд\\p{L}*|мкс)(?!" + Scripts.LETTER + ")|毫秒|微秒|秒)");

    /** A percentile with a number and no unit: "p99 < 80", "P95: 200" (the unit is implied by the percentile). */
    private static final Pattern PERCENTILE = Pattern.compile(
            "(?<!" + Scripts.LETTER + ")p(?:50|90|95|99|999|99\\.9)\\s*(?:[<≤=:~]|under|below|до|<=)?\\s*\\d");

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private Numbers() {
    }

    public static boolean hasLatencyBudget(String normalized) {
        return LATENCY.matcher(normalized).find() || PERCENTILE.matcher(normalized).find();
    }

    /** A digit anywhere, or a number word ("a million", "一亿", "миллион"). */
    public static boolean hasNumber(String normalized) {
        return DIGIT.matcher(normalized).find() || Vocabulary.NUMBER_WORDS.in(normalized);
    }
}
