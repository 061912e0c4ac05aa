package org.stageboard.check;

import java.util.regex.Pattern;
import org.stageboard.text.Scripts;

/** Recognises numbers and latency budgets in normalised text (EN/ZH/RU units; full-width digits are NFKC-folded). */
public final class Numbers {
    /** A number followed by a time unit: "p99 < 100 ms", "50ms", "100 毫秒", "200 мс", "1-2 s", "≤ 2 min", "5 分钟". */
    private static final Pattern LATENCY = Pattern.compile(
            "(?<!" + Scripts.LETTER + ")(?<!(?:next|ahead|horizon|未来|ближайш\\p{L}{1,3}|вперёд|вперед)\\s{0,2})\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|до)\\s*\\d+(?:[.,]\\d+)?)?\\s*"
                    + "(?:(?:ms|msec|millisec\\p{L}*|s|sec|secs|second\\p{L}*|µs|μs|us|мс|мсек|миллисекунд\\p{L}*|с|сек"
                    + "|секунд\\p{L}*|мкс|min|mins|minute\\p{L}*|h|hr|hrs|hour\\p{L}*|мин|минут\\p{L}*|ч|час\\p{L}*)"
                    + "(?!" + Scripts.LETTER + ")|毫秒|微秒|秒|分钟|小时)");

    /**
     * A batch job's deadline plays the part of a latency budget: a time of day ("ready by 08:30") or a schedule
     * ("nightly", "weekly", "every Monday night", "once a day", "T+1", "每天", «раз в сутки», «по понедельникам»,
     * a yearly plan: «раз в год, в феврале») — when
     * nothing is served per request.
     */
    private static final Pattern SCHEDULE = Pattern.compile(
            "(?<!\\d)(?:[01]?\\d|2[0-3]):[0-5]\\d(?!\\d)"
                    + "|(?<!" + Scripts.LETTER + ")(?:nightly|daily|hourly|weekly|monthly"
                    + "|every (?:\\d+ )?(?:min\\p{L}*|hour\\p{L}*|day|night|week|month)"
                    + "|(?:once|twice) (?:a|an|per) (?:hour|day|night|week|month|quarter|year)|yearly|annually|every year"
                    + "|(?:by|next|the next) morning"
                    + "|(?:every|on) (?:mon|tues|wednes|thurs|fri|satur|sun)days?|t\\+1(?!\\d)"
                    + "|ежедневн\\p{L}*|ежечасн\\p{L}*|еженедельн\\p{L}*|ежемесячн\\p{L}*|раз в (?:сутки|день|час|неделю|месяц)"
                    + "|каждый (?:час|день|месяц|понедельник|вторник|четверг)|каждую (?:ночь|неделю|среду|пятницу|субботу)"
                    + "|каждое (?:утро|воскресенье)|по ночам|по (?:понедельникам|вторникам|средам|четвергам|пятницам"
                    + "|субботам|воскресеньям)|раз в (?:квартал|сезон|год)|ежегодн\\p{L}*|каждый год|к утру|наутро)"
                    + "|每天|每日|每晚|每小时|每周|每月|每季度|每年|一年一次|凌晨|第二天早上|次日早上|次日上午");

    /**
     * A service level counted in days ("SLA 3 days", «SLA 3 дня», "SLA 3 天", "turnaround within 2 business days"):
     * the budget of a review queue or a document check. Days alone are no budget ("logs kept 3 days", «архив за 3 дня»).
     */
    private static final Pattern DAYS_OF_SERVICE = Pattern.compile(
            "(?<!" + Scripts.LETTER + ")(?:sla|slo|turnaround|deadline|срок\\p{L}*|时限|期限)\\s*(?:within|in|до|в течение|[:：<≤=~])?\\s*"
                    + "\\d+(?:[.,]\\d+)?\\s*(?:(?:(?:business |working )?days?|(?:рабоч\\p{L}* )?(?:дн\\p{L}*|сут\\p{L}*))"
                    + "(?!" + Scripts.LETTER + ")|个?工作日|天|日)");

    /** Serving that answers requests still needs a latency budget, whatever its batch part runs on. */
    private static final Pattern ANSWERS_REQUESTS = Pattern.compile(
            "online|real[- ]?time|streaming|per request|on request|实时|在线|онлайн|в реальном времени|на каждый запрос");

    /** A frame rate ("25fps", "12 кадров в секунду", "每秒 10 帧"): a model that keeps up with a live stream. */
    private static final Pattern FRAME_RATE = Pattern.compile(
            "\\d\\s*(?:fps|кадр\\p{L}* в секунду|帧)|每秒\\s*\\d+\\s*帧");

    /** A percentile with a number and no unit: "p99 < 80", "P95: 200" (the unit is implied by the percentile). */
    private static final Pattern PERCENTILE = Pattern.compile(
            "(?<!" + Scripts.LETTER + ")p(?:50|90|95|99|999|99\\.9)\\s*(?:[<≤=:~]|under|below|до|<=)?\\s*\\d");

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private Numbers() {
    }

    public static boolean hasLatencyBudget(String normalized) {
        return timed(normalized) || DAYS_OF_SERVICE.matcher(normalized).find()
                || SCHEDULE.matcher(normalized).find() && !ANSWERS_REQUESTS.matcher(normalized).find();
    }

    /** A time with its unit, or a percentile with a number. */
    private static boolean timed(String normalized) {
        return LATENCY.matcher(normalized).find() || PERCENTILE.matcher(normalized).find();
    }

    /**
     * A time a request or an item is answered in ("p99 < 60 ms", "~40 секунд на мазок", "25fps"): serving that
     * states it has chosen to answer as requests come, whatever words name the mode.
     */
    public static boolean hasAnswerTime(String normalized) {
        return timed(normalized) || FRAME_RATE.matcher(normalized).find();
    }

    /** A schedule or a time of day stated ("nightly", "每天", «раз в сутки», "ready by 08:30"). */
    public static boolean hasSchedule(String normalized) {
        return SCHEDULE.matcher(normalized).find();
    }

    /** A digit anywhere, or a number word ("a million", "一亿", "миллион"). */
    public static boolean hasNumber(String normalized) {
        return DIGIT.matcher(normalized).find() || Vocabulary.NUMBER_WORDS.in(normalized);
    }
}
