package org.stageboard.check.tradeoff;

/**
 * What a cue word tells the reader about the words around it. Each kind says which side of the cue holds which
 * {@link Part}; {@link TradeoffReader} turns a cue and its neighbours into spans.
 */
enum CueKind {
    /** "went with X", "选 X", "выбрали X": the words after it are the choice. */
    DECIDE,
    /** "X instead of Y", "X, not Y", "X 而不是 Y", "X вместо Y": choice on the left, alternative on the right. */
    PREFER,
    /**
     * "X beats Y", "X > Y", "X 优于 Y", "X лучше Y": choice on the left, alternative on the right. Saying which won
     * is not saying why, so the reason must come from elsewhere ("GBDT 优于 DNN" alone is a near miss).
     */
    BEATS,
    /** "X < Y", "X 不如 Y", "X хуже Y", "drop Y in favour of X": alternative on the left, choice on the right. */
    LOSES,
    /** "than", "чем": "X cheaper than Y" names the alternative after it and the reason (the comparative) before. */
    THAN,
    /** "compared with Y", "相比 Y", "в отличие от Y": names the alternative; the choice is the clause's subject. */
    VERSUS_NAMED,
    /** "X vs Y", "X or Y", "X 还是 Y", "X или Y", "option A": options, none chosen yet. */
    OPTIONS,
    /** "not Y", "skip Y", "不用 Y", "放弃 Y", "отказались от Y": the words after it are a rejected alternative. */
    REJECT,
    /** "too slow", "would miss", "太贵", "слишком медленный": a defect; its subject is a rejected option. */
    DEFECT,
    /** "because", "bc", "since", "因为", "т.к.": the words after it are the reason. */
    REASON,
    /** "so", "hence", "所以", "поэтому": the words before are the reason, the words after the choice. */
    CONSEQUENCE,
    /** "cheaper", "faster", "更快", "дешевле": a quality that can serve as the reason. */
    QUALITY,
    /** "at the cost of", "trade X for Y", "ценой", "为代价": the whole frame of a trade-off by itself. */
    COST,
    /** "trade-off:", "pros/cons", "权衡", "компромисс": announces that options are being weighed. */
    WEIGH,
    /** "but", "但", "но": counts only between two qualities ("fresher but pricier"). */
    CONTRAST,
    /** "→", "->", "=>": what follows is the conclusion (the choice), unless it is a defect ("X → Y too slow"). */
    ARROW,
    /** "TBD", "later", "待定", "потом": defers instead of deciding. */
    DEFER
}
