package org.stageboard.check;

import java.util.regex.Pattern;

/**
 * How often people use what the model showed them ("skip button used on 38% of plays where shown", "41% 的播放用了
 * 跳过", «кнопкой пользуются в 41% прослушиваний»): a live metric whatever the feature is called, so an evaluation
 * box that gives one states an online metric. "Used on the test split" has no share and is not one.
 */
final class UsageShare {
    private static final String SHARE = "~?\\d+(?:[.,]\\d+)?\\s*%";
    private static final Pattern USED = Pattern.compile(
            "(?:used|clicked|tapped|opened|accepted)\\s+(?:on|in|for|by)\\s+" + SHARE
                    + "|" + SHARE + "\\s*的[^\\n]{0,12}?(?:用了|使用|点了|点击)"
                    + "|(?:пользуются|используют|нажимают|кликают)[^\\n]{0,20}?в\\s+" + SHARE);

    private UsageShare() {
    }

    static boolean in(String normalized) {
        return USED.matcher(normalized).find();
    }
}
