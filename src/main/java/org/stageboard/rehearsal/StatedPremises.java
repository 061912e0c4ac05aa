package org.stageboard.rehearsal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Facts a board states that take away the premise of a stock question, read as {@link BoardSignals} ("#alert-only",
 * "#ranks-goods", "#truth-per-example"); kept apart from {@link StatedClaims} so each stays one page. Each reads what
 * the board says about its system, not one word: the same words ("alert", "students", "reading") are on boards where
 * the question still fits.
 */
final class StatedPremises {
    /**
     * The model only raises an alert for a person who decides ("human delegate decides, model only alerts", «модель
     * только подсвечивает, решает диспетчер», "模型只提醒，人工决定"): one action, so no thresholds between several.
     */
    private static final Pattern ALERT_ONLY = Pattern.compile("(?iu)(?<![\\p{L}])(?:model (?:only|just) (?:alerts|flags|"
            + "notifies|suggests)|(?:only|just) (?:alerts|flags|notifies)|alerts? only|(?:a |the )?(?:human|person|delegate|"
            + "officer|dispatcher|operator)s? (?:\\p{L}+ )?(?:decides|makes the (?:final )?(?:call|decision))"
            + "|модель только (?:сигнализирует|оповещает|подсвечивает|предупреждает|алертит)|только (?:алерт|оповещени|"
            + "сигнал)\\p{L}*|решает (?:человек|оператор|диспетчер|инспектор|делегат|сотрудник|модератор))(?![\\p{L}])"
            + "|模型只(?:负责)?(?:提醒|告警|报警|预警)|(?:只|仅)(?:做)?(?:提醒|告警|报警|预警)|(?:人工|由人|人来)(?:最终)?(?:决定|判断|决策)");
    /** An automatic action the model takes by itself (remove, block, ban, hide, takedown): several actions, thresholds between them. */
    private static final Pattern AUTO_ACTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:auto-?\\p{L}+|automatic\\p{L}*|block\\p{L}*"
            + "|ban|bans|banned|remov\\p{L}*|takedown|take down|hide|hidden|mute\\p{L}*|reject\\p{L}*|блокир\\p{L}*|бан\\p{L}*"
            + "|удал\\p{L}*|скрыва\\p{L}*|скрыт\\p{L}*|отклон\\p{L}*|автоматическ\\p{L}*)(?![\\p{L}])|自动|下架|封禁|拦截|屏蔽|删除|拒绝");

    /**
     * A ranking of goods or listings ("rank listings per ISBN", "search ranking" of a marketplace, «ранжирование ленты
     * объявлений», "商品排序"): the people on the board are its buyers and sellers, and the model decides nothing about
     * them. Jobs, loans, housing for tenants or candidates ranked for a recruiter are decisions about people and stay.
     */
    private static final Pattern RANKS_GOODS = Pattern.compile("(?iu)(?<![\\p{L}])(?:rank\\p{L}*|order\\p{L}*|sort\\p{L}*|"
            + "ранжир\\p{L}*|сортир\\p{L}*)(?![\\p{L}])[^\\n]{0,30}?(?<![\\p{L}])(?:listings?|items?|products?|offers?|goods|"
            + "books?|textbooks?|skus?|объявлени\\p{L}*|товар\\p{L}*|вещ\\p{L}*|лент\\p{L}*)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:listings?|products?|объявлени\\p{L}*|товар\\p{L}*)[^\\n]{0,20}?(?:rank\\p{L}*|ранжир\\p{L}*)"
            + "|(?:商品|房源|二手)[^\\n]{0,10}?排序");
    private static final Pattern PEOPLE_DECIDED = Pattern.compile("(?iu)(?<![\\p{L}])(?:jobs?|vacanc\\p{L}*|hiring|hire|"
            + "recruit\\p{L}*|candidates?|applicants?|job seekers?|loans?|credit|lending|tenants?|patients?|admission\\p{L}*"
            + "|ваканси\\p{L}*|соискател\\p{L}*|кандидат\\p{L}*|кредит\\p{L}*|займ\\p{L}*|заем\\p{L}*|арендатор\\p{L}*|"
            + "пациент\\p{L}*|поступлени\\p{L}*)(?![\\p{L}])|招聘|求职|候选人|贷款|信贷|租客|患者|录取");

    /**
     * A measured value recorded for each example ("gauge reading per photo by staff", «замер штангенциркулем на каждое
     * фото», "每张照片都有人工实测"): the board says where its labels come from, and that they are cheap to take.
     */
    private static final Pattern TRUTH_PER_EXAMPLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:gauge|caliper|ruler|scale|"
            + "meter|lab|manual|hand)?[\\p{L} -]{0,12}(?:readings?|measurements?|measured values?|weigh-?ins?|weights?)"
            + " (?:per|for each|for every|on each|of each) (?:photo|image|picture|frame|sample|clip|scan|tire|item)s?"
            + "(?![\\p{L}])|(?<![\\p{L}])(?:замер\\p{L}*|показани\\p{L}*|измерени\\p{L}*|взвешивани\\p{L}*)[^\\n]{0,25}?"
            + "(?:на|для) кажд\\p{L}* (?:фото\\p{L}*|снимк\\p{L}*|изображени\\p{L}*|кадр\\p{L}*|образ\\p{L}*)"
            + "|每张(?:照片|图片|图像|图)[^\\n]{0,8}?(?:实测|测量|称重|读数)");

    private StatedPremises() {
    }

    /** Whether the board shows {@code signal}, or empty when the signal is not one of these. */
    static Optional<Boolean> shows(String signal, String normalized) {
        return switch (signal) {
            case "#alert-only" -> Optional.of(ALERT_ONLY.matcher(normalized).find() && !AUTO_ACTION.matcher(normalized).find());
            case "#ranks-goods" -> Optional.of(RANKS_GOODS.matcher(normalized).find()
                    && !PEOPLE_DECIDED.matcher(normalized).find());
            case "#truth-per-example" -> Optional.of(TRUTH_PER_EXAMPLE.matcher(normalized).find());
            default -> Optional.empty();
        };
    }
}
