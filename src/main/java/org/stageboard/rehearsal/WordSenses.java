package org.stageboard.rehearsal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a recommender is read from that also name something else: a Russian «лента» is a feed or a conveyor belt, an
 * English "feed" a content feed or a stream of data ("camera feed", "vendor feed", "feed-forward"). In the other sense
 * the word is blanked out of the text the follow-ups read, so a belt-damage detector gets no filter-bubble question
 * and a camera board no recommender wording; the content-feed sense ("лента рекомендаций", "short-video feed") stays.
 * Likewise "video" as an ad format makes no vision board.
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
            + "supplier|partner|weather|price|market|gps|telemetry|api|satellite|radar|scada|plc)s?"
            + "[ -]{1,3})feeds?(?![\\p{L}])|(?<![\\p{L}])feed[ -]?forward");

    /** "Video" as an ad format ("rewarded video ads", 激励视频广告, «видеореклама»): the board shows ads, it reads no frames. */
    private static final Pattern VIDEO_AD = Pattern.compile("(?iu)(?<![\\p{L}])video(?=[ -]?(?:ads?|adverts?|"
            + "advertising|creatives?|campaigns?)(?![\\p{L}]))|(?<=rewarded[ -])video|视频(?=广告)|(?<=激励)视频"
            + "|(?<![\\p{L}])видеореклам\\p{L}*|(?<![\\p{L}])видео(?=[ -]реклам)");

    /** The board names a conveyor, so its «лента» is a belt. */
    private final boolean conveyor;

    /** @param wholeBoard the board's whole text, normalised: a word's sense is read from the board, not one box */
    WordSenses(String wholeBoard) {
        this.conveyor = CONVEYOR.matcher(wholeBoard).find();
    }

    /** The normalised text with words in their other sense replaced by spaces, so offsets and lines stay put. */
    String blankOtherSenses(String normalized) {
        String s = conveyor ? blank(BELT, normalized) : normalized;
        return blank(VIDEO_AD, blank(STREAM, s));
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
