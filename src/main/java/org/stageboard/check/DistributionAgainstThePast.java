package org.stageboard.check;

import java.util.regex.Pattern;

/**
 * A distribution compared with an earlier period ("grade distribution per shift vs past weeks", "每班等级分布 vs 过去几周",
 * «распределение сортов по смене vs прошлые недели», "类别分布环比"): drift detection by another name, whatever the
 * distribution is of, so a monitoring box that watches one states drift detection. A distribution alone ("grade
 * distribution per shift") or compared with a plan is not.
 */
final class DistributionAgainstThePast {
    private static final Pattern COMPARED = Pattern.compile(
            "(?:distribution|share of each|分布|占比|распределени\\p{L}*|доля кажд\\p{L}*)[^\\n]{0,40}?"
                    + "(?:(?:vs\\.?|versus|compared (?:to|with)|against|relative to|对比|相比|比|против|по сравнению с"
                    + "|относительно)\\s*(?:the\\s+)?(?:last|previous|past|prior|earlier|上周|上月|过去|前几周|历史"
                    + "|прошл\\p{L}*|предыдущ\\p{L}*)|环比|同比)");

    private DistributionAgainstThePast() {
    }

    static boolean in(String normalized) {
        return COMPARED.matcher(normalized).find();
    }
}
