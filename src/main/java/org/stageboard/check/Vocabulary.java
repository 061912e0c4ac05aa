package org.stageboard.check;

import java.util.List;

/**
 * Every keyword list the rules use, in English, Chinese and Russian, in one place so a new phrasing is added once.
 * Syntax is {@link Keywords}': "retrain*" is a stem, spaces also match hyphens, Chinese is matched as a substring.
 * Russian stems stop before the case ending ("разметк*" covers разметка/разметки/разметкой).
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** A simple first model to beat: model boxes should name one. */
    public static final Keywords BASELINE = Keywords.of(
            List.of("baseline*", "base line", "heuristic*", "logistic regression", "linear regression", "linear model*",
                    "popularity", "most popular", "popular items", "rule based", "rules based", "rule-based",
                    "simple model", "simple rule*", "majority class", "naive bayes", "benchmark model", "lr baseline",
                    "start simple", "start with a simple", "current production model", "current model",
                    "existing model", "existing system", "production model"),
            List.of("基线", "基准", "启发式", "逻辑回归", "线性回归", "线性模型", "热门", "流行度", "规则", "简单模型", "现有模型", "线上模型"),
            List.of("бейзлайн*", "бэйзлайн*", "базов*", "эвристик*", "логистическ* регресси*", "логрег*",
                    "линейн* регресси*", "линейн* модел*", "популярн*", "правила", "правило", "правилах", "правилами",
                    "на правилах", "простая модель", "прост* модел*", "текущ* модел*", "продов* модел*"));

    /** Offline (held-out) metrics an evaluation box should name. */
    public static final Keywords OFFLINE_METRIC = Keywords.of(
            List.of("auc", "roc*", "pr auc", "log loss", "logloss", "cross entropy", "precision*", "recall*", "f1",
                    "f-score", "ndcg*", "dcg", "map", "map@*", "mrr", "mae", "mse", "rmse", "mape", "accuracy",
                    "hit rate", "hitrate", "hr@*", "offline metric*", "offline eval*", "r2", "perplexity", "brier",
                    "calibration"),
            List.of("准确率", "精确率", "精准率", "精度", "召回", "离线指标", "离线评估", "离线评测", "对数损失", "交叉熵",
                    "命中率", "均方误差", "召回率", "误报率", "漏报率", "曲线下面积"),
            List.of("точност*", "полнот*", "офлайн-метрик*", "офлайн метрик*", "оффлайн*", "офлайн*", "логлосс*",
                    "кросс-энтропи*", "доля правильных", "калибровк*"));

    /** Online (live) metrics an evaluation box should name. */
    public static final Keywords ONLINE_METRIC = Keywords.of(
            List.of("ctr", "click through*", "click-through*", "conversion*", "watch time", "dwell time", "revenue",
                    "gmv", "retention", "dau", "mau", "engagement", "a/b", "ab test*", "a/b test*", "online metric*",
                    "online eval*", "session length", "churn", "bookings", "sales", "interleaving", "user reports",
                    "complaints", "online experiment*", "live traffic", "report rate", "control group",
                    "treatment group",
                    "holdout*", "champion/challenger", "champion-challenger", "challenger", "switchback*",
                    "approval rate", "decline rate"),
            List.of("点击率", "转化", "留存", "观看时长", "停留时长", "收入", "营收", "成交额", "在线指标", "线上指标",
                    "线上实验", "日活", "月活", "ab 测试", "ab测试", "a/b", "投诉", "举报率", "转化率", "留存率", "投诉率",
                    "误拒率", "拒付率", "通过率"),
            List.of("конверси*", "удержани*", "выручк*", "доход*", "время просмотра", "онлайн-метрик*",
                    "онлайн метрик*",
                    "a/b", "аб-тест*", "аб тест*", "ctr", "кликабельност*", "вовлеченност*", "отток*", "жалоб*",
                    "продаж*", "онлайн-эксперимент*"));

    /** Where labels come from: a data box should say. */
    public static final Keywords LABEL_SOURCE = Keywords.of(
            List.of("label*", "annotat*", "click*", "purchase*", "implicit", "explicit", "human rat*", "raters",
                    "ground truth", "weak supervision", "weakly supervised", "feedback", "user reports", "reported",
                    "chargeback*", "rating*", "target", "positives", "negatives", "positive", "negative",
                    "watch time", "likes", "skips", "crowdsourc*", "tagged", "tags", "supervision", "moderator*"),
            List.of("标签", "标注", "点击", "购买", "人工", "反馈", "举报", "正样本", "负样本", "真值", "打分", "评分",
                    "弱监督", "众包", "拒付", "观看时长", "点赞", "人工标注", "标注员", "显式反馈", "隐式反馈"),
            List.of("метк*", "разметк*", "размеч*", "клик*", "покупк*", "асессор*", "жалоб*", "таргет*", "неявн*",
                    "явн* обратн*", "обратн* связ*", "позитив*", "негатив*", "положительн*", "отрицательн*",
                    "оценк* пользовател*", "лайк*", "чарджбэк*", "краудсорс*", "модератор*", "целев* переменн*"));

    /** Batch, online or hybrid prediction: a serving box should choose. */
    public static final Keywords SERVING_MODE = Keywords.of(
            List.of("batch*", "online", "real time", "realtime", "real-time", "hybrid", "streaming", "on request",
                    "on-demand", "on demand", "precompute*", "pre-compute*", "offline prediction*", "nightly",
                    "synchronous", "asynchronous", "on device", "on-device", "per request"),
            List.of("批量", "批处理", "离线预测", "离线计算", "预计算", "在线", "实时", "混合", "流式", "端上", "设备上", "近实时", "准实时",
                    "流式处理", "流处理"),
            List.of("пакетн*", "батч*", "онлайн*", "офлайн-предсказ*", "в реальном времени", "реалтайм*", "гибрид*",
                    "потоков*", "предрасч*", "предвычисл*", "по запросу", "на устройстве", "ночн*"));

    /** Drift detection or retraining: a monitoring box should name one. */
    public static final Keywords DRIFT_OR_RETRAINING = Keywords.of(
            List.of("drift*", "retrain*", "re-train*", "distribution shift", "data shift", "concept shift",
                    "covariate shift", "refresh the model", "model refresh", "fine-tune weekly", "continual learning",
                    "incremental training", "online learning", "psi", "kl divergence", "stale model"),
            List.of("漂移", "重新训练", "重训", "再训练", "分布变化", "分布偏移", "分布漂移", "定期训练", "增量训练",
                    "模型更新", "更新模型", "在线学习", "概念漂移", "数据漂移"),
            List.of("дрейф*", "переобуча*", "переобучени* модел*", "дообуч*", "сдвиг* распределени*",
                    "изменени* распределени*", "обновлени* модел*", "обновля* модел*", "перетрен*", "переобучени* раз",
                    "переобучени* ежедн*",
                    "переобучени* еженед*", "переобучени* ежемес*", "переобучени* кажд*"));

    /** Number words, for requirements written without digits ("a million users", "一亿用户", "миллион"). */
    public static final Keywords NUMBER_WORDS = Keywords.of(
            List.of("thousand*", "million*", "billion*", "hundred*", "dozen*"),
            List.of("万", "亿", "千", "百万", "千万", "十亿"),
            List.of("тысяч*", "тыс", "миллион*", "млн", "миллиард*", "млрд", "сотн*", "десят*"));

    /** Words that only hold a place ("TBD", "待定", "потом"): a box or reason saying only this says nothing. */
    public static final Keywords PLACEHOLDER = Keywords.of(
            List.of("tbd", "todo", "to do", "tba", "n/a", "later", "fill in", "fill me", "xxx", "???"),
            List.of("待定", "待补充", "待填写", "稍后", "以后再说"),
            List.of("потом", "позже", "заполнить", "тбд", "уточнить"));

    // ---- trade-off cues, used by TradeoffText ----

    /** Trade-off cost cues: say by themselves that something is paid for a gain. */
    public static final Keywords TRADEOFF_COST = Keywords.of(
            List.of("trade-off*", "tradeoff*", "trade off*", "trading off", "at the cost of", "at the expense of",
                    "downside*", "drawback*", "pros and cons", "pros/cons", "pros:", "cons:", "in exchange for",
                    "sacrific*", "we give up", "giving up", "we lose", "we pay", "comes at a cost", "comes at the cost",
                    "the price is", "the price we pay", "the catch is"),
            List.of("权衡", "取舍", "牺牲", "折中", "折衷", "优缺点", "利弊", "缺点", "弊端", "坏处", "换取", "代价是",
                    "的代价", "为代价", "代价："),
            List.of("компромисс*", "ценой", "в ущерб", "плюсы и минусы", "плюсы/минусы", "плюсы:", "минусы:",
                    "недостат*", "минус*", "зато", "жертв*", "пожертв*", "в обмен на", "платим", "расплачива*",
                    "обратная сторона"));

    /** Trade-off alternative cues: name the option not taken (patterns such as "X vs Y" live in TradeoffText). */
    public static final Keywords TRADEOFF_ALTERNATIVE = Keywords.of(
            List.of("instead of", "rather than", "compared to", "compared with", "as opposed to", "in favor of",
                    "in favour of", "unlike", "preferred to", "no need for", "not needed", "prefer* over", "chose over",
                    "alternative*",
                    "versus"),
            List.of("而不是", "而非", "代替", "替代", "取代", "相比", "相较", "比起", "对比", "优于", "胜过", "不如",
                    "不选", "放弃", "不需要", "没必要"),
            List.of("вместо", "в отличие от", "по сравнению с", "по сравнению со", "сравнени* с", "а не",
                    "предпоч*", "альтернатив*", "отказал* от", "отказыва* от", "лучше", "хуже", "не нужен", "не нужна",
                    "не нужно", "не нужны"));

    /** Trade-off reason cues: why, or what is gained (comparatives count). */
    public static final Keywords TRADEOFF_REASON = Keywords.of(
            List.of("because", "since", "due to", "reason", "why:", "so that", "so we", "so it", "which means",
                    "which gives",
                    "which keeps", "which costs", "that gives", "thanks to", "given that", "in order to", "to keep",
                    "to reduce", "to avoid", "to save", "to get", "to lower", "to cut", "to improve", "to handle",
                    "saves", "reduces", "avoids", "improves", "costs", "cost", "gains", "gives us", "keeps",
                    "cheaper", "faster", "slower", "simpler", "easier", "harder", "better", "worse", "fresher",
                    "lower", "higher", "smaller", "larger", "bigger", "fewer", "more", "less", "stale", "expensive",
                    "interpretable", "explainable", "latency", "no need", "without"),
            List.of("因为", "由于", "原因", "理由", "所以", "因此", "为了", "以便", "从而", "可以", "能够", "避免", "降低", "减少", "提高",
                    "节省", "更", "便宜", "快", "慢", "贵", "成本", "延迟", "简单", "复杂", "准确", "可解释", "新鲜",
                    "过时", "省", "提升", "花钱", "不需要", "没必要"),
            List.of("потому что", "так как", "причина", "причины", "т.к", "т. к", "поскольку", "из-за", "благодаря",
                    "чтобы", "поэтому",
                    "ради", "дешевле", "дороже", "быстрее", "медленнее", "проще", "сложнее", "точнее", "лучше", "хуже",
                    "меньше", "больше", "выше", "ниже", "свежее", "экономит", "экономим", "снижает", "избегаем",
                    "задержк*", "стоимост*", "интерпретируем*", "не нужен", "не нужна", "не нужно", "не нужны", "без"));

    /** Contrast words; they state a trade-off only between qualities. */
    public static final Keywords TRADEOFF_CONTRAST = Keywords.of(
            List.of("but", "however", "although", "though", "whereas", "yet"),
            List.of("但", "但是", "不过", "然而", "虽然", "可是"),
            List.of("но", "однако", "хотя", "зато"));

    /** Qualities a contrast weighs against each other ("fresher but costlier"). */
    public static final Keywords TRADEOFF_QUALITY = Keywords.of(
            List.of("cheap*", "expensive", "costly", "cost*", "fast*", "slow*", "stale*", "fresh*", "accura*",
                    "simple*", "complex*", "latency", "memory", "quality", "better", "worse", "more", "less", "fewer",
                    "higher", "lower", "harder", "easier", "interpretab*", "explainab*", "noisy", "noisier",
                    "delay*", "biased", "scal*", "precise", "recall", "precision", "coverage"),
            List.of("便宜", "贵", "快", "慢", "成本", "延迟", "准确", "精度", "复杂", "简单", "新鲜", "过时", "内存",
                    "更", "噪声", "偏差", "召回", "覆盖"),
            List.of("дешев*", "дорог*", "быстр*", "медлен*", "точн*", "сложн*", "прост*", "задержк*", "стоимост*",
                    "устаре*", "свеж*", "памят*", "лучше", "хуже", "больше", "меньше", "шум*", "качеств*",
                    "полнот*", "покрыти*"));

    /** Words that defer instead of deciding; stripped before judging whether a cost cue has content. */
    public static final Keywords TRADEOFF_DEFERRAL = Keywords.of(
            List.of("discuss*", "think about", "consider*", "need to", "to decide", "will decide", "decide", "later",
                    "maybe", "some", "there are", "there is", "is", "are", "the", "a", "an", "to", "of", "and", "we",
                    "it", "this", "be", "here", "mention", "list"),
            List.of("需要", "考虑", "讨论", "再说", "以后", "之后", "有", "的", "一些", "这里", "待定"),
            List.of("обсуд*", "подума*", "рассмотр*", "решим", "позже", "потом", "нужно", "надо", "есть", "тут",
                    "здесь", "какие-то", "некоторые", "и", "в", "на"));
}
