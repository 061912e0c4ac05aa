package org.stageboard.rehearsal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a recommender is read from that also name something else: a Russian «лента» is a feed or a conveyor belt, an
 * English "feed" a content feed or a stream of data ("camera feed", "vendor feed", "feed-forward"). In the other sense
 * the word is blanked out of the text the follow-ups read, so a belt-damage detector gets no filter-bubble question
 * and a camera board no recommender wording; the content-feed sense ("лента рекомендаций", "short-video feed") stays.
 * Likewise "video" as an ad format or as something people watch makes no vision board, nor does a badge scanned at a
 * door, and a phrase is read in the role its line gives it: a
 * "cache" that holds data while offline is a store-and-forward buffer, "truncate" to a range is clipping a value,
 * 复核 by a model re-run is no human review, students who annotate are no people the model decides about, «через»
 * before no amount of time is "via", not "later", labels a machine puts on ("自动打标") are no people labelling, a
 * hospital in a list of house types is a kind, not a unit rows come from, "later 30 wards" is a rollout stage, and a
 * cold day is weather, not a cold start.
 */
final class WordSenses {
    /**
     * The belt sense: «лента» anywhere on a board that says "conveyor belt" once (the adjective «ленточный», or «лента»
     * beside «конвейер», which alone may be a data pipeline).
     */
    private static final Pattern BELT = Pattern.compile("(?iu)(?<![\\p{L}])(?:ленточн\\p{L}*|лент\\p{L}*)");
    private static final Pattern CONVEYOR = Pattern.compile("(?iu)(?<![\\p{L}])(?:ленточн\\p{L}*"
            + "|лент\\p{L}*\\s+(?:конвейер|транспорт[её]р)\\p{L}*|(?:конвейерн|транспорт[её]рн)\\p{L}*\\s+лент\\p{L}*)");
    /** The data-stream sense of "feed": a source before it, or a network's feed-forward layer. */
    private static final Pattern STREAM = Pattern.compile("(?iu)(?<=(?<![\\p{L}])(?:camera|cctv|sensor|data|vendor|"
            + "supplier|partner|weather|price|market|gps|telemetry|api|satellite|radar|scada|plc|roaming|ocpi|rss|tariff|odds)s?"
            + "[ -]{1,3})feeds?(?![\\p{L}])|(?<![\\p{L}])feed[ -]?forward");

    /**
     * Cold weather, not a cold start: "temp (cold = slow charging)", "cold snaps", «холодная погода», "холодные дни".
     * A new item with no history is "cold" before start, items or users ("cold items", «холодный старт») and stays.
     */
    private static final Pattern COLD_WEATHER = Pattern.compile("(?iu)(?<![\\p{L}])(?:cold(?=\\s*(?:=|weather|days?|snaps?"
            + "|spells?|spring|winters?|nights?|mornings?|temp\\p{L}*|climate|fronts?)(?![\\p{L}]))|(?<=temp\\p{L}{0,9}\\s?\\(\\s?)cold"
            + "|холодн\\p{L}*(?=\\s+(?:погод|дн|весн|зим|ноч|утр|сезон|температур|период)\\p{L}*))(?![\\p{L}])");

    /** "Video" as an ad format ("rewarded video ads", 激励视频广告, «видеореклама»): the board shows ads, it reads no frames. */
    private static final Pattern VIDEO_AD = Pattern.compile("(?iu)(?<![\\p{L}])video(?=[ -]?(?:ads?|adverts?|"
            + "advertising|creatives?|campaigns?)(?![\\p{L}]))|(?<=rewarded[ -])video|视频(?=广告)|(?<=激励)视频"
            + "|(?<![\\p{L}])видеореклам\\p{L}*|(?<![\\p{L}])видео(?=[ -]реклам)");

    /**
     * A check-in scan, not an image: a badge, ticket or barcode scanned at a door ("410k badge scans at room doors",
     * «сканы бейджей на входе», "扫描二维码签到"). A board that says so once reads its other scans as check-ins too
     * ("past scans if returning"): the scans are events it counts, not pictures a model reads.
     */
    private static final Pattern CHECK_IN_SCAN = Pattern.compile("(?iu)(?<![\\p{L}])(?:badge|barcode|bar-code|qr|qr-code"
            + "|ticket|turnstile|check-in|checkin|door|entry|gate|rfid|nfc)s?[ -](?:scan|scans|scanned|scanners?)(?![\\p{L}])"
            + "|(?<![\\p{L}])scan\\p{L}*\\s+(?:of\\s+|at\\s+)?(?:the\\s+|a\\s+)?(?:badges?|barcodes?|qr|tickets?|"
            + "(?:room\\s+)?doors?|entrances?|turnstiles?)(?![\\p{L}])"
            + "|(?<![\\p{L}])скан\\p{L}*\\s+(?:на\\s+входе|бейдж\\p{L}*|штрих\\p{L}*|qr\\p{L}*|билет\\p{L}*|пропуск\\p{L}*)"
            + "|(?<![\\p{L}])(?:бейдж\\p{L}*|штрихкод\\p{L}*|штрих-код\\p{L}*|qr-код\\p{L}*|билет\\p{L}*)\\s+скан\\p{L}*"
            + "|扫描(?:二维码|条码|条形码|工牌|胸牌|门票|门禁)|(?:二维码|条码|条形码|工牌|胸牌|门票|门禁)扫描|扫描枪");
    /** The scan words a check-in board's scans are said with. */
    private static final Pattern SCAN = Pattern.compile("(?iu)(?<![\\p{L}])(?:scan\\p{L}*|скан\\p{L}*)|扫描");

    /**
     * A video someone watches, not frames a model reads: "video plays", "video completion %", "watched videos",
     * «просмотры видео», "视频播放", "看视频". A MOOC's clickstream or a feed's watch history makes no vision board.
     */
    private static final Pattern VIDEO_WATCHED = Pattern.compile("(?iu)(?<![\\p{L}])videos?(?=[ -](?:plays?|played|views?"
            + "|viewed|completion|completed|watch\\p{L}*|starts?|progress|minutes)(?![\\p{L}]))"
            + "|(?<=(?<![\\p{L}])(?:watched|watching|watches|watch)[ -])videos?(?![\\p{L}])"
            + "|(?<=просмотр[\\p{L}]{0,3} )видео(?![\\p{L}])|(?<![\\p{L}])видео(?= просмотрен)"
            + "|视频(?=播放|观看|完播|时长)|(?<=刷|(?<![查察])看)视频");

    /**
     * A store-and-forward buffer, not a cache of values read at prediction time: "cache" on a line about losing the
     * network and sending later ("断网：本地缓存 72 小时，恢复后补传", "offline: cache 3 days, upload when back",
     * «нет связи — кэш на устройстве, досылаем»).
     */
    private static final Pattern CACHE = Pattern.compile("(?iu)(?<![\\p{L}])(?:cach\\p{L}*|кэш\\p{L}*|кеш\\p{L}*"
            + "|закэширован\\p{L}*)|缓存");
    private static final Pattern OFFLINE_LINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:offline|no network|no connection|"
            + "connection (?:is )?lost|store-and-forward|store and forward|upload(?:ed|s)? (?:later|when)|sync(?:ed|s)? "
            + "(?:later|when)|офлайн\\p{L}*|оффлайн\\p{L}*|нет связи|без связи|потер\\p{L}* связи|обрыв\\p{L}* связи|"
            + "досыл\\p{L}*|дозагруж\\p{L}*)|断网|断线|离线|无网|补传|恢复后上传|联网后上传");
    /** Clipping a value to a range, not cutting an input short: "按费率区间截断", "truncate to the filed range". */
    private static final Pattern TRUNCATE = Pattern.compile("(?iu)(?<![\\p{L}])(?:truncat\\p{L}*|обрез\\p{L}*|"
            + "усека\\p{L}*|усечен\\p{L}*)|截断");
    private static final Pattern RANGE_LINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:range|interval|bounds|диапазон\\p{L}*"
            + "|интервал\\p{L}*|границ\\p{L}*|пределах)(?![\\p{L}])|区间|范围|上下限");
    /** Students who annotate the data ("point annotations by 4 students", «разметка студентами»): not people judged. */
    private static final Pattern STUDENT_ANNOTATORS = Pattern.compile("(?iu)(?:annotat\\p{L}*|label\\p{L}*|mark\\p{L}*)"
            + " by (?:\\d+ )?(?:\\p{L}+ )?students|(?<![\\p{L}])students? (?:annotat|label)\\p{L}*"
            + "|(?<![\\p{L}])студент\\p{L}* (?:размеча\\p{L}*|разметил\\p{L}*)|разметк\\p{L}* (?:\\d+ )?студент\\p{L}*"
            + "|学生标注|由(?:\\d+ ?名?)?学生标注");
    private static final Pattern STUDENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:student\\p{L}*|студент\\p{L}*)|学生");

    /**
     * Labels a machine puts on ("自动打标", "auto-labelled", "pseudo-labels", «автоматическая разметка», "labelled by
     * the model"): no people label, so no annotator-agreement question; "2 разметчика", "人工打标" stay people.
     */
    private static final Pattern MACHINE_LABELLING = Pattern.compile("(?iu)(?:自动|机器|模型|算法|系统)(?:打标|标注|打标签)"
            + "|(?<![\\p{L}])(?:auto-?label\\p{L}*|auto-?annotat\\p{L}*|automatic(?:ally)?[ -](?:label|annotat|tagg)\\p{L}*"
            + "|pseudo-?label\\p{L}*|(?:label|annotat|tagg)\\p{L}* by (?:the |a |an )?(?:model|llm|gpt\\S*|classifier|script)"
            + "|автоматическ\\p{L}* (?:разметк|размеч|маркировк)\\p{L}*|авторазметк\\p{L}*|псевдо-?разметк\\p{L}*"
            + "|(?:разметк|размеч)\\p{L}* (?:модель\\p{L}*|моделью|llm|скриптом))(?![\\p{L}])");

    /** Bare 打标 (tagging) on a board whose tags a machine puts on ("识别与打标" beside "自动打标"): the same act. */
    private static final Pattern BARE_TAGGING = Pattern.compile("(?<!人工|手工|人工来|人来)打标(?!员)");

    /** A second pass by a model ("云端复核：告警再跑一遍 ViT-B"), not people reviewing: 复核 on a line that re-runs a model. */
    private static final Pattern RECHECK = Pattern.compile("复核");
    private static final Pattern MODEL_RERUN_LINE = Pattern.compile("(?iu)再跑|跑一遍|重跑|再推理|二次推理|第二个模型|另一个模型"
            + "|(?<![\\p{L}])(?:re-?run|second model|прогоня\\p{L}*|втор\\p{L}* модел\\p{L}*)");

    /**
     * «через» as "via" ("P95 через conformal", «через API»), not "after": only «через» before an amount of time
     * ("через 30 дней", «через месяц») says a label settles later.
     */
    private static final Pattern VIA = Pattern.compile("(?iu)(?<![\\p{L}])через(?![\\p{L}])(?!\\s*(?:[~≈]\\s*)?\\d"
            + "|\\s+(?:несколько|пар\\p{L}*|полгода|полтора|год\\p{L}*|лет|месяц\\p{L}*|недел\\p{L}*|день|дня|дней|сутк\\p{L}*"
            + "|сут|час\\p{L}*|минут\\p{L}*|квартал\\p{L}*|сезон\\p{L}*|n|т\\+?\\d|d\\+?\\d)(?![\\p{L}]))");

    /**
     * "Later" before a count of places or things, not of time: a rollout stage ("pilot: 2 wards; later 30 wards",
     * «потом 30 отделений», "之后 30 个病区"), not a label that settles later; "later 10 s" or "之后 10s 静止" is time.
     */
    private static final String TIME_UNIT = "(?:s|sec\\p{L}*|min\\p{L}*|h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?|yrs?|"
            + "years?|сек\\p{L}*|мин\\p{L}*|час\\p{L}*|дн\\p{L}*|день|сут\\p{L}*|недел\\p{L}*|мес\\p{L}*|год\\p{L}*|лет)";
    private static final Pattern ROLLOUT_LATER = Pattern.compile("(?iu)(?<![\\p{L}])(?:later|позже|потом)(?![\\p{L}])"
            + "(?=\\s*[:,—–-]*\\s*[~≈]?\\s*\\d[\\d.,]*\\s*(?:k|к|тыс\\.?)?\\s*(?!" + TIME_UNIT + "(?![\\p{L}]))\\p{L})"
            + "|(?:之后|以后)(?=\\s*[:,]?\\s*\\d+\\s*(?:个)?(?!秒|分钟|小时|天|日|周|个月|月|年)\\p{IsHan})");

    /**
     * A kind in a list of kinds, not a unit rows come from: "house type (hospital, social housing)", «тип дома
     * (больница, соцжильё)», "楼宇类型（医院、学校）". The hospital there is a category a priority or a feature reads;
     * "12 hospitals" or "hospital type (regional, federal)" still name the units.
     */
    private static final Pattern KIND_LIST = Pattern.compile("(?iu)(?<![\\p{L}])(?:types?|kinds?|categor\\p{L}*|"
            + "тип\\p{L}*|категори\\p{L}*)(?![\\p{L}])[^\\n(（)）]{0,20}?[(（][^)）\\n]{1,60}[)）]|(?:类型|类别|种类)[^\\n(（)）]{0,6}[(（][^)）\\n]{1,60}[)）]");
    private static final Pattern UNIT_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:patient\\p{L}*|speaker\\p{L}*|"
            + "hospital\\p{L}*|clinic\\p{L}*|household\\p{L}*|пациент\\p{L}*|диктор\\p{L}*|больниц\\p{L}*|клиник\\p{L}*|"
            + "домохозяйств\\p{L}*)|患者|病人|说话人|医院|诊所|家庭");

    /** The board names a conveyor, so its «лента» is a belt. */
    private final boolean conveyor;
    /** The board's students annotate the data, so its "students" are no people the model decides about. */
    private final boolean studentAnnotators;
    /** The board scans badges, tickets or barcodes, so its scans are check-ins, not images. */
    private final boolean checkInScans;
    /** The board's tags are put on by a machine (自动打标), so its other bare 打标 is that act too. */
    private final boolean machineTagging;

    /** @param wholeBoard the board's whole text, normalised: a word's sense is read from the board, not one box */
    WordSenses(String wholeBoard) {
        this.conveyor = CONVEYOR.matcher(wholeBoard).find();
        this.studentAnnotators = STUDENT_ANNOTATORS.matcher(wholeBoard).find();
        this.checkInScans = CHECK_IN_SCAN.matcher(wholeBoard).find();
        this.machineTagging = MACHINE_LABELLING.matcher(wholeBoard).find();
    }

    /** The normalised text with words in their other sense replaced by spaces, so offsets and lines stay put. */
    String blankOtherSenses(String normalized) {
        String s = conveyor ? blank(BELT, normalized) : normalized;
        s = studentAnnotators ? blank(STUDENT, s) : s;
        s = checkInScans ? blank(SCAN, s) : s;
        s = machineTagging ? blank(BARE_TAGGING, s) : s;
        s = blankWithin(KIND_LIST, UNIT_WORD, blankOnLines(s));
        return blank(COLD_WEATHER, blank(ROLLOUT_LATER, blank(MACHINE_LABELLING, blank(VIDEO_WATCHED, blank(VIA, blank(VIDEO_AD, blank(STREAM, s)))))));
    }

    /** A word in its other sense on a line that also says {@code cue}. */
    private record LineSense(Pattern word, Pattern cue) {
    }

    private static final List<LineSense> LINE_SENSES = List.of(new LineSense(TRUNCATE, RANGE_LINE),
            new LineSense(CACHE, OFFLINE_LINE), new LineSense(RECHECK, MODEL_RERUN_LINE));

    /** Blanks each {@link LineSense}'s word on the lines that say its cue, in one pass over the lines. */
    private static String blankOnLines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (LineSense sense : LINE_SENSES) {
                if (sense.cue().matcher(lines[i]).find()) {
                    lines[i] = blank(sense.word(), lines[i]);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Blanks {@code word} inside each match of {@code span}. */
    private static String blankWithin(Pattern span, Pattern word, String text) {
        Matcher m = span.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            Matcher w = word.matcher(text).region(m.start(), m.end());
            while (w.find()) {
                for (int i = w.start(); i < w.end(); i++) {
                    sb.setCharAt(i, ' ');
                }
            }
        }
        return sb.toString();
    }

    private static String blank(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return sb.toString();
    }
}
