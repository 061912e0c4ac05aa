package org.stageboard.check.tradeoff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cue words of trade-off structure, per language, in normalised form (lower case, NFKC, ё as е). A word ending
 * in {@code *} is a stem. Latin and Cyrillic cues match whole words; Chinese cues match as substrings. Which side of
 * a cue holds the choice, the alternative or the reason is the business of {@link CueKind}, not of these lists;
 * cues that need their context checked ("over", "than", "not", "as", "so", "or", "比", "не") are guarded in
 * {@link CueGuards}.
 */
final class Lexicon {
    private Lexicon() {
    }

    static final Map<CueKind, List<String>> EN = new EnumMap<>(CueKind.class);
    static final Map<CueKind, List<String>> ZH = new EnumMap<>(CueKind.class);
    static final Map<CueKind, List<String>> RU = new EnumMap<>(CueKind.class);

    static {
        EN.put(CueKind.DECIDE, List.of("went w/", "go w/", "going w/", "goes w/", "stick w/", "going", "went", "ship it", "shipping it", "stays in", "stays", "went with", "go with", "goes with", "going with", "gone with", "go for",
                "going for", "went for", "picked", "pick", "picking", "chose", "choose", "chosen", "choosing",
                "kept", "keep", "keeping", "prefer", "prefers", "preferred", "opted for", "opt for", "opting for",
                "switched to", "switch to", "switching to", "settled on", "settle on", "decided on", "decided",
                "decision:", "final:", "verdict:", "choice:", "stick with", "stuck with", "sticking with", "select",
                "selected", "adopt", "adopted", "we use", "use", "using", "we'll use", "winner:", "pick:", "start with", "first", "for v1", "for starters", "to start",
                "starting with", "go", "rely on", "default to", "will use",
                "landed on",
                // round 11: shipping is deciding ("rolling out the graph model")
                "roll out", "rolling out", "rolled out",
                // round 15: staying with the incumbent is deciding ("staying with logreg for explainability")
                "stay with", "staying with", "stayed with"));
        EN.put(CueKind.PREFER, List.of("as good as", "nearly as good as", "almost as good as", "on par with", "instead of", "rather than", "rather then", "over", "as opposed to", "not", "but not",
                "preferred over", "preferred to", "to", "from", "prefer over", "in place of", "replaces"));
        EN.put(CueKind.BEATS, List.of("beats", "beat", "beating", "wins over", "won over", "win over", "wins vs",
                "won vs", "wins", "won", "outperforms", "outperformed", "outperform", "better than", ">", ">>", "≫",
                "dominates", "trumps", "edges out", "superior to",
                // round 14: the colloquial verbs of a win ("spectrogram CNN crushes the template matcher")
                "crushes", "crushed", "smokes", "smoked", "blows away", "destroys", "way ahead of"));
        EN.put(CueKind.LOSES, List.of("in favor of", "in favour of", "replaced by", "worse than", "<", "<<",
                "loses to", "lost to", "inferior to", "dropped for", "swapped for"));
        EN.put(CueKind.THAN, List.of("than"));
        EN.put(CueKind.VERSUS_NAMED, List.of("compared with", "compared to", "compared against", "unlike",
                "relative to"));
        EN.put(CueKind.OPTIONS, List.of("options", "a)", "b)", "c)", "(a)", "(b)", "(c)", "1)", "2)", "3)", "(1)", "(2)", "(3)", "choices:", "choices", "vs", "versus", "v/s", "or", "option a", "option b", "option 1",
                "option 2", "option c", "option 3", "options:", "alternatives:", "candidates:",
                "tried", "we tried"));
        EN.put(CueKind.REJECT, List.of("no", "skip", "skipped", "skipping", "drop", "dropped", "dropping",
                "ditch", "ditched", "retire", "retired", "retiring", "deprecate", "deprecated", "rejected", "ruled out", "rule out", "avoid", "avoided", "won't use", "not using",
                "don't use", "dont use", "not worth", "forgo", "gave up on", "give up on", "abandoned",
                "moved away from", "moved off", "no need for", "not needed",
                "unnecessary", "overkill", "nope", "nah", "no go", "ruled it out"));
        EN.put(CueKind.DEFECT, List.of("not feasible", "infeasible", "impractical", "doesn't scale", "doesnt scale", "won't scale", "over budget", "blows the budget", "takes too long", "=", "throws away", "throw away", "throws out", "loses", "nothing like",
                "looks nothing like", "lags", "lag behind", "falls behind", "useless", "wasted", "idle", "dilute", "dilutes", "blows up", "pointless", "gets spammed", "stale", "gone", "misses", "miss", "would be", "biased", "position biased", "never", "cant", "can't do", "cant do", "bad idea", "bad", "not worth", "won't fit", "doesn't fit", "doesnt", "dont", "overfits", "blows it up", "kill", "kills", "way more", "too slow", "too expensive", "too costly", "too big", "too heavy",
                "too complex", "too noisy", "too late", "too stale", "too sparse", "too few", "too little",
                "too much", "too many", "too", "would miss", "would need", "would cost", "would take",
                "would blow", "would break", "would add", "would leak", "can't", "cannot", "can not",
                "couldn't", "won't", "wouldn't",
                "not enough", "not fast enough", "not cheap enough", "lacks", "needs", "requires", "breaks", "leaks", "blows", "overfits", "struggles", "kills", "brittle", "fragile",
                "latency hit", "explodes", "bottleneck", "unstable", "blows up",
                // round 8: how candidates write a rejected option's defect in a few words ("rule-based surge gets gamed")
                "gets gamed", "get gamed", "gamed", "go stale", "goes stale", "contaminates", "contaminate", "unusable",
                "overkill", "$$$", "flaky", "hallucinates", "can't keep up", "cant keep up", "doesn't work",
                "didn't work", "not good enough", "not accurate enough", "dies on", "dies", "off the table",
                // round 9: a verdict on the rejected option, or what it lacks ("end-to-end GNN has zero explainability")
                "non-starter", "nonstarter", "no-go", "dealbreaker", "deal-breaker", "showstopper", "show-stopper",
                "has zero",
                // round 11: a rejected option that cannot be done in time or at all, or whose cost runs away
                "impossible", "impossible to", "times out", "timed out", "time out", "runs late", "arrives late",
                "is late", "too opaque", "opaque", "unexplainable", "no way to", "cost explodes", "costs explode",
                "confuses", "mixes up", "nothing to train on"));
        // round 22: "becuase" is written in three sets (6h, 7, 29), every time in a trade-off
        EN.put(CueKind.REASON, List.of("because", "because of", "becuase", "becasue", "beacuse", "bc", "b/c", "bcz",
                "bcs", "coz", "cuz", "cos",
                "'cause", "since", "as", "due to", "given that", "thanks to", "reason:", "reason", "why:",
                "so that", "in order to", "to keep", "to cut", "to save", "to reduce", "to avoid", "to get",
                "to lower", "to improve", "to handle", "to meet", "to fit", "to stay", "to hit", "to catch",
                "to make", "to support", "for", "to serve", "to scale", "to limit", "to allow", "to protect", "to beat",
                "which means", "which gives", "which keeps", "that way", "otherwise", "else", "or else",
                "since we", "b.c.", "because:", "rationale:", "pro:",
                "pros:", "gives", "keeps", "saves", "lets us", "allows",
                "enables", "needed for", "good enough", "fine for", "enough for"));
        EN.put(CueKind.CONSEQUENCE, List.of("so", "hence", "thus", "therefore", "thats why", "that's why",
                "which is why", "so we", "→ so", "ergo", "consequently"));
        EN.put(CueKind.QUALITY, List.of("speed", "worth", "cheaper", "faster", "slower", "simpler", "easier", "harder", "better",
                "worse", "fresher", "smaller", "larger", "bigger", "lower", "higher", "fewer", "less", "more",
                "cheap", "fast", "simple", "easy", "robust", "interpretable", "explainable", "accurate", "precise",
                "scalable", "stable", "fresh", "lighter", "safer", "stronger", "weaker", "quicker", "tighter",
                "pricier", "costlier", "noisier", "slow", "expensive", "costly", "stale", "noisy", "heavy", "pricey",
                "poorly", "badly", "well", "only", "limited", "cleaner", "latency", "auc", "recall", "precision", "accuracy",
                "memory", "cost", "quality", "ndcg", "throughput", "freshness", "coverage", "x cheaper",
                "x faster", "x smaller", "x more", "x less", "x fewer", "x the data", "x the cost", "debuggable",
                "maintainable", "well understood", "proven", "battle-tested", "calibrated", "good enough",
                "real-time", "realtime", "enough"));
        EN.put(CueKind.COST, List.of("at the cost of", "at the expense of", "in exchange for", "trade", "trades",
                "trading", "traded", "the price is", "price is", "the catch is", "catch:", "downside", "downsides",
                "drawback", "drawbacks", "cons:", "con:", "sacrifice", "sacrificing", "sacrificed", "we give up",
                "giving up", "we lose", "lose", "losing", "we pay", "paying", "costs us", "at a cost of", "in return for", "we accept",
                "accepting", "accepted", "price:", "the price of", "price we pay", "that's the price", "thats the price"));
        EN.put(CueKind.WEIGH, List.of("trade-off", "trade-offs", "tradeoff", "tradeoffs", "trade off", "pros/cons",
                "pros and cons", "pros & cons", "t/o", "tradeoff:", "trade-off:", "weighed", "weighing", "compared"));
        EN.put(CueKind.CONTRAST, List.of("but", "however", "though", "although", "whereas", "yet", "while"));
        EN.put(CueKind.ARROW, List.of("->", "→", "=>", "⇒", "-->"));
        EN.put(CueKind.DEFER, List.of("see note", "see below", "see notes", "will add", "add later", "fill later", "tbd", "todo", "to do", "tba", "later", "maybe", "perhaps", "might",
                "may", "not sure", "unsure", "undecided", "to decide", "will decide", "decide later", "revisit",
                "?", "???", "idk", "unclear", "open question", "discuss", "think about", "tbc", "n/a", "fill in",
                "xxx", "someday", "eventually", "if time", "not deciding", "not decided yet", "haven't decided", "please fill"));

        ZH.put(CueKind.DECIDE, List.of("必须", "只能", "得用", "先上", "先用", "先", "先做", "先把", "先拿", "先走", "上线", "还是用", "还是选", "还是走", "改成", "换成", "走", "选", "选择", "选用", "选了", "采用", "用", "决定", "最终", "就用", "改用",
                "保留", "坚持", "定为", "定了", "优先", "倾向", "倾向于", "偏向", "使用", "拍板", "方案定",
                "切", "切到", "切换到", "全量上",
                // round 14: rolling the winner out is deciding ("铺到全部 12 家", "推广变化检测", "字典版留下")
                "铺到", "推广", "留下",
                // round 15: staying with the incumbent ("继续用逻辑回归", "沿用规则")
                "继续用", "沿用"));
        ZH.put(CueKind.PREFER, List.of("不输", "不输给", "不比", "而不是", "而非", "不是", "代替", "替代", "取代", "替换", "换成", "不用", "不选",
                "而不用", "而不选", "舍弃", "弃用"));
        ZH.put(CueKind.BEATS, List.of("优于", "胜过", "好于", "强于", "完胜", "碾压", "胜出", "赢", "更优", "占优",
                // round 14: colloquial wins ("红外摄像头明显好过普通 RGB", "吊打")
                "好过", "强过", "吊打", "秒杀", "甩开"));
        ZH.put(CueKind.LOSES, List.of("不如", "比不上", "差于", "弱于", "逊于"));
        ZH.put(CueKind.THAN, List.of("比"));
        ZH.put(CueKind.VERSUS_NAMED, List.of("相比", "相较", "比起", "与之相比", "较之"));
        ZH.put(CueKind.OPTIONS, List.of("a)", "b)", "1)", "2)", "还是", "或者", "或", "方案a", "方案b", "方案一", "方案二", "选项", "候选方案",
                "两种方案", "两个方案", "试了", "试过", "vs", "versus", "候选:", "候选", "备选:", "备选"));
        ZH.put(CueKind.REJECT, List.of("不采用", "没采用", "没有用", "不上线", "从", "不做", "不走", "不搭", "不看", "不训练", "不全", "不只看", "不只", "没选", "不再", "不", "不建", "不接", "不用", "不选", "放弃", "舍弃", "不要", "不考虑", "没用", "不上", "弃用", "排除",
                "去掉", "砍掉", "pass", "没必要", "不需要", "用不上",
                // round 14: the loser taken offline ("规则方案下线")
                "下线"));
        ZH.put(CueKind.DEFECT, List.of("不划算", "划不来", "开销大", "代价高", "耗时长", "太重", "太久", "吃不消", "不现实", "不可行", "做不到", "达不到", "满足不了", "看不到", "看不见", "会错过", "错过", "就漏", "稀释", "拉爆", "没意义",
                "没有意义", "旧了", "跑不了", "扛不动", "有偏差", "有位置偏差", "有偏", "算不动", "打不过来", "学不好", "闲着", "浪费钱", "浪费", "泄漏", "淹没", "完全没结果", "没结果", "需要", "要", "不像", "不靠谱", "跑不动", "太慢", "太贵", "太", "不够", "跟不上", "算不过来", "扛不住", "撑不住", "来不及", "不行", "不了",
                "会漏", "漏掉", "泄露", "成本高", "延迟高", "不稳定", "不可解释",
                "黑盒", "噪声大",
                // round 8: a rejected option's defect in a few words ("Prophet 对大促完全抓不住")
                "抓不住", "维护不过来", "不过来", "误杀", "被刷", "会被", "不准", "很差", "太差", "不够用", "完全没用",
                "不管用", "幻觉", "过拟合", "漂移", "偏高", "就没", "会偏",
                // round 11: cannot be done in time or at all, or its cost runs away ("成本爆炸", "订单早超时了")
                "爆炸", "会旧", "不新鲜", "分不清", "搞混", "没数据训", "超时了", "会超时", "就超时", "早超时", "不可能", "滞后", "太晚", "晚了", "说不清"));
        ZH.put(CueKind.REASON, List.of("之所以", "是因为", "原因是", "理由是", "因为", "由于", "原因", "理由", "为了", "以便", "从而", "毕竟", "鉴于", "考虑到",
                "基于", "既然", "够用", "足够", "满足", "保证", "避免", "降低", "减少",
                "提高", "提升", "节省", "便于", "方便"));
        ZH.put(CueKind.CONSEQUENCE, List.of("所以", "因此", "因而", "于是", "故", "否则", "不然", "所以就", "那就",
                "于是就", "因此就"));
        ZH.put(CueKind.QUALITY, List.of("更", "便宜", "快", "慢", "贵", "准", "简单", "复杂", "省", "低", "高", "少",
                "稳定", "可解释", "新鲜", "实时", "轻", "小", "大", "好", "差", "成本", "延迟", "精度", "召回", "准确",
                "效果", "鲁棒", "够"));
        ZH.put(CueKind.COST, List.of("精度掉", "效果掉", "掉点", "掉了", "为代价", "代价是", "的代价", "牺牲", "换取", "换来", "以损失",
                "付出", "缺点是", "缺点", "弊端", "坏处", "副作用"));
        ZH.put(CueKind.WEIGH, List.of("对比了", "比较了", "权衡", "取舍", "折中", "折衷", "优缺点", "利弊", "比较"));
        ZH.put(CueKind.CONTRAST, List.of("但是", "但", "不过", "然而", "可是", "虽然", "却"));
        ZH.put(CueKind.ARROW, List.of("->", "→", "=>", "⇒"));
        ZH.put(CueKind.DEFER, List.of("见备注", "见下", "见下文", "待定", "待补充", "待填写", "待填", "待补", "稍后", "以后再说", "再说", "以后", "之后再",
                "可能", "也许", "或许", "再看", "再定", "未定", "待讨论", "看情况", "不确定", "？", "请填写", "先不定", "还没定",
                "比一下", "比比看")); // round 20: "下周比一下": a comparison still to make

        RU.put(CueKind.DECIDE, List.of("выбра*", "выбира*", "останови* на", "остановил* на", "предпоч*", "возьм*", "использу*", "переш* на", "перейд* на", "выбрали", "выбрал", "выбираем", "выбор", "выбор:", "остановились на",
                "останавливаемся на", "остановимся на", "берем", "берём", "возьмем", "взяли", "используем",
                "оставляем", "оставили", "оставим", "перешли на", "переходим на", "переключились на",
                "предпочли", "предпочитаем", "решили", "решение:", "итог:", "итого", "юзаем", "применяем", "выбрать", "лучше взять", "идем в", "идём в", "выбираю", "беру", "используем", "сначала", "для начала", "на старте", "на первом этапе",
                // round 11: shipping is deciding ("катим граф", "ставим LightGBM")
                "катим", "выкатываем", "выкатили", "раскатываем", "ставим", "поставили", "включаем", "включили",
                // round 14: betting on an option, moving onto it, starting from it
                "делаем ставку на", "ставку на", "переводим на", "перевели на", "начинаем с", "начнем с",
                // round 15: staying with the incumbent ("остаёмся на логреге ради объяснимости")
                "остаёмся на", "остаемся на", "остались на", "остаёмся с", "остаемся с"));
        RU.put(CueKind.PREFER, List.of("не хуже чем", "не хуже", "не уступает", "не проигрывает", "вместо", "а не", "но не", "не", "взамен", "заменяет", "заменили",
                "заменим", "на замену", "предпочтительнее"));
        RU.put(CueKind.BEATS, List.of("бьет", "бьют", "побил*", "побежда*", "обгоня*", "обходи*", "превосход*", "опережа*", "лучше", "важнее", "главнее", "приоритетнее", "обходит", "обгоняет", "выигрывает у", "выигрывает", "выиграл",
                "побеждает", "превосходит", "опережает", ">", ">>", "сильнее", "выигрыш",
                // round 14: colloquial wins ("радар + камера уделывают одну камеру")
                "уделыва*", "разносит", "разносят", "рвет", "рвут", "порвал*"));
        RU.put(CueKind.LOSES, List.of("на", "хуже", "проигрывает", "уступает", "в пользу", "<", "<<"));
        RU.put(CueKind.THAN, List.of("чем"));
        RU.put(CueKind.VERSUS_NAMED, List.of("в отличие от", "по сравнению с", "по сравнению со", "сравнили с",
                "в сравнении с", "относительно"));
        RU.put(CueKind.OPTIONS, List.of("а)", "б)", "в)", "1)", "2)", "3)", "или", "либо", "вариант а", "вариант б", "вариант 1", "вариант 2",
                "варианты:", "альтернативы:", "vs", "versus", "против",
                "кандидаты:", "пробовали", "попробовали"));
        RU.put(CueKind.REJECT, List.of("отказались от", "откажемся от", "отказываемся от", "не стали", "перешли с", "переходим с", "перейдем с", "поменяли с", "меняем с",
                "сменили с", "заменили с", "переехали с", "мигрировали с", "ушли с", "уходим с", "без", "отказались от", "отказ от", "отказываемся от", "не берем", "не берём",
                "не используем", "не будем", "не нужен", "не нужна", "не нужно", "не нужны", "отбросили",
                "отвергли", "не подходит", "не подошел", "не подошла", "не вариант", "нет смысла", "избыточно",
                "убрали", "уходим от", "ушли от", "выкинули",
                // round 9: more past-plural verbs of turning an option down ("нейронки отмели")
                "отмели", "отмёли", "забраковали", "отклонили", "зарубили", "отсеяли",
                // round 11: a rejection as a clause of its own after the option and its defect ("…, отказались")
                "отказались", "отказываемся", "мимо",
                // round 14: an option put off ("одиночную LSTM отложили")
                "отложили", "отложим"));
        RU.put(CueKind.DEFECT, List.of("не окупа*", "нереальн*", "не выдерж*", "не уклад*", "перебор", "оверкилл", "не масштабиру*", "не влез*", "теряет", "теряют", "выкидыва*", "выбрасыва*", "пропуска*", "не увид*",
                "не видит", "не видят", "уедет", "уезжает", "раздува*", "бессмыслен*", "не обобща*", "не похож*",
                "отста*", "не прогнать", "не потянем", "не потянет", "не успеть", "не успеем", "бесполезн*", "избыточ*", "смещены", "смещен*", "убивают", "убивает", "простаивает", "выброшенные деньги", "проскакивают", "не видно", "плохо учится", "размывают", "завалит", "пропустит", "слишком", "не успева*", "не тянет", "не масштабир*", "не справля*",
                "не влезает", "не помещается", "пропустит", "пропускает", "пропустим", "упустит", "тяжел*", "шумн*", "нестабильн*", "переобучает*", "переобучают*", "переобучил*", "переобучит*", "утечк*", "требует", "не хватает", "не хватит", "не объясним*",
                "черный ящик", "неинтерпретир*", "устаре*", "протух*", "отстает", "отстает на",
                // round 8: a rejected option's defect in a few words ("рандомный сплит протекает")
                "протека*", "отрав*", "не тянем", "не уследить", "не уследим", "отпал*", "кривые", "нет разметки",
                "разметки нет", "обыгрыва*", "ложных тревог", "ложные тревоги", "мусорн*", "не ловит", "не ловят",
                "не находит", "не понять", "бросают", "галлюцинир*", "дрейфу*", "не работает", "не взлетел*",
                "не годится", "многовато", "долговато", "дороговато", "тяжеловато", "слабовато", "поздно",
                // round 11: cannot be done in time or at all, or its cost runs away ("дневной прогноз запаздывает")
                "запаздыва*", "опаздыва*", "невозможно", "нельзя объяснить", "не объяснить", "таймаут*", "тормоз*",
                "взрывается", "улетает", "путает", "путают", "не на чем", "нечем учить"));
        RU.put(CueKind.REASON, List.of("в силу", "раз уж", "ввиду", "по причине", "из-за того что", "т.к", "т.к.", "т. к.", "тк", "так как", "потому", "потому что",
                "поскольку", "из-за", "благодаря", "чтобы", "ибо", "причина", "причина:", "причины",
                "зачем:", "почему:", "ради", "учитывая", "ведь", "позволяет",
                "экономит", "снижает", "сокращает", "экономим", "выигрываем", "хватает", "достаточно"));
        RU.put(CueKind.CONSEQUENCE, List.of("поэтому", "следовательно", "значит", "так что", "отсюда", "иначе",
                "а то", "вот и", "потому и"));
        RU.put(CueKind.QUALITY, List.of("дешевле", "быстрее", "проще", "медленнее", "дороже", "точнее", "лучше",
                "хуже", "меньше", "больше", "свежее", "плохо", "хорошо", "медленн*", "дорог*", "долго", "только", "надежнее", "стабильнее", "легче", "понятнее", "выше", "ниже",
                "сложнее", "дешев*", "быстр*", "прост*", "точн*", "надежн*", "стабильн*", "интерпретир*",
                "объясним*", "задержк*", "стоимост*", "качеств*", "полнот*", "памят*", "свеж*", "латентност*",
                "auc", "recall", "precision", "в разы", "раза"));
        RU.put(CueKind.COST, List.of("ценой", "в ущерб", "в обмен на", "зато",
                "жертвуем", "жертвуя", "пожертвовали", "пожертвовав", "теряем", "платим", "расплачиваемся",
                "обратная сторона", "минус:", "минусы:", "минус", "недостаток", "недостатки", "цена:",
                "платой", "это цена", "это цена того, что", "это цена того что", "цена того, что", "такова цена"));
        RU.put(CueKind.WEIGH, List.of("компромисс", "компромисс:", "трейдофф", "трейд-офф", "плюсы/минусы",
                "плюсы и минусы", "за и против", "сравнили", "сравнение"));
        RU.put(CueKind.CONTRAST, List.of("но", "однако", "хотя"));
        RU.put(CueKind.ARROW, List.of("->", "→", "=>", "⇒"));
        RU.put(CueKind.DEFER, List.of("см. ниже", "см. заметку", "допишу", "допишем", "дополню", "потом", "позже", "tbd", "todo", "тбд", "уточнить", "подумать",
                "обсудим", "обсудить", "решим", "решим потом", "может", "возможно", "наверное", "пока не",
                "не решили", "под вопросом", "?", "посмотрим", "заполнить", "не решаем", "заполните"));
    }
}
