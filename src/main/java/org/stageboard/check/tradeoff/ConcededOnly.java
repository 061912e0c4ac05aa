package org.stageboard.check.tradeoff;

import java.util.regex.Pattern;

/**
 * One option praised, then a "but" that names what stands in its way, and the box ends there: "online scoring would
 * be nice but the latency budget is tight", "在线打分当然好，但延迟预算只有 30ms", «эмбеддинги хорошие, но обновлять
 * дорого». The writer concedes the option's merit and its price without saying what they do about it, so there is no
 * pick. Every text of this shape in the phrase files (38, all three languages, labelled by people who never saw this
 * rule) is a near miss; the model credited one of them after the round 24 retrain, which is why the rule decides
 * before the model is asked.
 */
final class ConcededOnly {
    /** The praise: a short subject, then "is nice" / "效果好" / «хорош»; the "but"; one clause to the end of the box. */
    private static final Pattern CONCESSION = Pattern.compile(
            "^[^,，.。;；\\n]{2,40}?"
                    + "(?:(?<![\\p{L}])(?:is|are|would be|'d be|looks?)\\s+(?:nice|great|good|ideal|better|best|tempting|cool)"
                    + "|(?:当然|固然|确实|虽然)?(?:好|不错|更好|香|理想|最好)"
                    + "|(?:конечно\\s+)?(?:хорош\\p{L}*|лучше|идеальн\\p{L}*|заманчив\\p{L}*))"
                    + "[\\s,，]*(?:(?<![\\p{L}])(?:but|но|однако)(?![\\p{L}])|但是?|不过|可是)"
                    + "[^,，.。;；\\n→>]{2,}[.。]?\\s*$");

    private ConcededOnly() {
    }

    /** Whether the whole box is a praise answered by a "but", with no further clause that could pick. */
    static boolean in(String norm) {
        return CONCESSION.matcher(norm.strip()).find();
    }
}
