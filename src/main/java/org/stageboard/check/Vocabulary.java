package org.stageboard.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stageboard.model.Stage;

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
            List.of("baseline*", "base line", "heuristic*", "logistic regression", "logreg", "lr", "lr baseline",
                    "linear regression", "linear model*", "popularity", "most popular", "popular items", "rule based",
                    "rules based", "rule-based", "simple model", "simple rule*", "majority class", "naive bayes",
                    "benchmark model", "start simple", "start with a simple", "current production model",
                    "current model", "existing model", "existing system", "production model", "bm25 baseline",
                    "last value", "moving average", "historical average",
                    // hand-set weights before a learned model, and rules as the first step (rules that are part of
                    // the system, "+ rule caps", are no baseline: every board corpus labels them so)
                    "hand weights", "hand-tuned", "hand tuned", "hand-set weights", "manual weights", "hand-crafted score*",
                    "logistic reg", "log reg", "rules first", "start with rules"),
            List.of("基线", "基线模型", "基准", "基准模型", "启发式", "逻辑回归", "线性回归", "线性模型", "热门", "流行度",
                    "规则基线", "纯规则", "先用规则", "先上规则", "基于规则", "简单模型", "简单规则", "现有模型", "线上模型", "现有系统", "当前模型",
                    "多数类", "朴素贝叶斯", "历史均值", "移动平均", "人工权重", "手工权重", "手调权重", "人工设定权重"),
            List.of("бейзлайн*", "бэйзлайн*", "базов*", "эвристик*", "логистическ* регресси*", "логрег*",
                    "линейн* регресси*", "линейн* модел*", "популярн*", "на правилах", "простые правила", "простых правил", "простыми правилами",
                    "сначала правила", "сначала на правилах", "начнём с правил", "начнем с правил", "ручн* вес*", "веса вручную",
                    "вес* вручную", "простая модель", "прост* модел*", "текущ* модел*", "продов* модел*",
                    "существующ* модел*", "существующ* систем*", "наивн* байес*", "скользящ* средн*",
                    "историческ* средн*"));

    /** Offline (held-out) metrics an evaluation box should name. */
    public static final Keywords OFFLINE_METRIC = Keywords.of(
            List.of("auc", "roc*", "pr auc", "log loss", "logloss", "cross entropy", "precision*", "recall*", "f1",
                    "f-score", "ndcg*", "dcg", "map", "map@*", "mrr", "mae", "mse", "rmse", "mape", "accuracy",
                    "hit rate", "hitrate", "hr@*", "offline metric*", "offline eval*", "r2", "perplexity", "brier",
                    "calibration", "false positive rate", "fpr", "tpr", "false negative rate", "backtest*",
                    "held-out", "holdout set", "test set", "bleu", "rouge*", "comet", "cider", "fid", "clip score",
                    "clipscore", "wer", "cer", "word error rate", "character error rate", "frechet inception distance",
                    "pearson", "spearman", "kendall", "correlation", "gini", "ks", "ks statistic", "mcc", "kappa",
                    "iou", "miou", "psnr", "ssim", "top-1", "top1", "top-5", "top5", "wape", "smape", "pinball loss",
                    "qini", "auuc", "uplift curve", "auroc", "auprc", "aupr", "hits@*", "hit@*",
                    // an estimate on logged traffic is the offline evaluation of a policy (auctions, prices, rankers)
                    "counterfactual*", "off-policy", "off policy", "ope", "ips estimate*", "snips", "inverse propensity*",
                    "doubly robust", "log replay", "offline replay", "replay on logs",
                    // generation judged offline: by an LLM, by raters on a rubric, or side by side
                    "llm-as-judge", "llm-as-a-judge", "as judge", "as a judge", "llm judge", "rubric", "win rate",
                    "winrate", "side-by-side", "faithfulness", "attack success rate", "human eval*", "acc",
                    // a hit in the top k of a list, and generation errors judged by people
                    "top-*", "top3", "top10", "topk", "error rate*", "factual error*", "hallucinat*", "invented claim*",
                    "wrong claim*", "rated by", "expert rating*"),
            List.of("准确率", "精确率", "精准率", "精度", "召回", "召回率", "离线指标", "离线评估", "离线评测", "对数损失",
                    "交叉熵", "命中率", "均方误差", "均方根误差", "平均绝对误差", "误报率", "漏报率", "曲线下面积", "校准",
                    "测试集", "验证集", "回测", "排序指标", "困惑度", "词错误率", "词错率", "字错误率", "字错率", "弗雷歇距离",
                    "相关系数", "皮尔逊", "斯皮尔曼", "基尼系数", "交并比", "峰值信噪比", "结构相似度", "平均精度", "分位数损失",
                    "一致性系数", "混淆矩阵", "错误率", "误差", "增益曲线", "qini 曲线", "反事实", "离策略", "逆倾向",
                    "逆概率加权", "日志回放", "离线回放", "大模型打分", "模型打分", "裁判模型", "评分标准", "胜率", "攻破率",
                    "人工评测", "人工评估", "对比评测", "忠实度", "前三命中", "前五命中", "前k命中", "事实错误", "事实性错误", "幻觉",
                    "幻觉率", "编造", "专家打分", "人工打分"),
            List.of("точност*", "полнот*", "офлайн-метрик*", "офлайн метрик*", "оффлайн*", "офлайн*", "логлосс*",
                    "кросс-энтропи*", "доля правильных", "калибровк*", "средн* абсолютн* ошибк*",
                    "среднеквадратичн* ошибк*", "доля ложных срабатываний", "ложноположительн*", "тестов* выборк*",
                    "отложенн* выборк*", "бэктест*", "валидаци*", "f-мер*", "перплекси*", "пословн* ошибк*",
                    "llm-судь*", "судья-llm", "рубрик*", "доля побед*", "попарн* сравнени*", "достоверност* ответ*",
                    "доля успешных атак", "ручн* оценк*", "оценк* асессор*",
                    "доля ошибочных слов", "посимвольн* ошибк*", "доля ошибочных символов", "расстояни* фреше",
                    "корреляци*", "пирсон*", "спирмен*", "джини", "коэффициент* джини", "каппа", "пересечени* над объединени*",
                    "матриц* ошибок", "квантильн* потер*", "средн* ошибк*", "доля ошибок", "ошибк* прогноз*",
                    "кривая аплифта", "кривой аплифта", "контрфактическ*", "off-policy", "обратн* взвешивани*",
                    "реплей* лог*", "прогон* по лог*", "проигрывани* лог*", "топ-*", "попадани* в топ*",
                    "фактическ* ошибк*", "галлюцинац*", "выдуманн*", "экспертн* оценк*", "оценк* эксперт*"));

    /** Online (live) metrics an evaluation box should name. */
    public static final Keywords ONLINE_METRIC = Keywords.of(
            List.of("ctr", "click through*", "click-through*", "conversion*", "cvr", "watch time", "dwell time",
                    "revenue", "gmv", "retention", "dau", "mau", "engagement", "a/b", "ab test*", "a/b test*",
                    "online metric*", "online eval*", "session length", "churn", "bookings", "sales", "interleaving",
                    "user reports", "complaints", "online experiment*", "live traffic", "report rate",
                    "control group", "treatment group", "holdout*", "champion/challenger", "champion-challenger",
                    "challenger", "switchback*", "approval rate", "decline rate", "false decline*",
                    "chargeback rate", "fraud loss*", "canary metric*", "kpi*", "business metric*", "north star",
                    "uplift", "orders", "order rate", "purchase rate", "add to cart", "add-to-cart", "apply rate",
                    "installs", "signups", "sign-ups", "subscriptions", "csat", "nps", "thumbs up", "thumbs down",
                    "acceptance rate", "accept rate", "deflection", "resolution rate", "escalation rate",
                    "time saved", "roi", "arpu", "ltv", "experiment*", "split test*", "shadow mode", "shadow test*",
                    "pilot", "on-time rate", "stockout*", "stock-out*", "margin", "profit", "loss ratio",
                    "take rate", "appeal rate", "overturn rate",
                    // how often people use what was shown, what they say when asked, a business figure after launch
                    "usage rate", "use rate", "adoption*", "uptake", "take-up", "survey*", "questionnaire*",
                    "after launch", "post-launch", "since launch", "after rollout"),
            List.of("点击率", "转化", "转化率", "留存", "留存率", "观看时长", "停留时长", "收入", "营收", "成交额", "在线指标",
                    "线上指标", "线上实验", "在线实验", "日活", "月活", "ab 测试", "ab测试", "a/b", "投诉", "投诉率",
                    "举报率", "误拒率", "拒付率", "通过率", "拒绝率", "流失率", "人均时长", "互动率", "对照组", "实验组",
                    "欺诈损失", "kpi", "业务指标", "北极星指标", "订单量", "下单率", "加购率", "安装量", "注册率", "订阅率",
                    "满意度", "nps", "采纳率", "接受率", "解决率", "转人工率", "人工审核率", "节省时间", "roi", "arpu",
                    "ltv", "实验", "灰度", "影子模式", "试点", "准点率", "缺货率", "损耗率", "利润", "毛利", "赔付率",
                    "申诉率", "线上效果", "线上评估", "线上验证", "uplift", "增量", "复购率", "退订率", "退货率", "使用率", "渗透率",
                    "使用占比", "问卷", "问卷调查", "用户调研", "回访", "上线后", "上线以后", "全量后"),
            List.of("конверси*", "удержани*", "выручк*", "доход*", "время просмотра", "онлайн-метрик*",
                    "онлайн метрик*", "a/b", "аб-тест*", "аб тест*", "ctr", "кликабельност*", "вовлеченност*",
                    "отток*", "жалоб*", "продаж*", "онлайн-эксперимент*", "доля ложных отказов", "ложн* отказ*",
                    "доля одобрен*", "контрольн* групп*", "тестов* групп*", "чарджбэк* в доле", "потер* от фрод*",
                    "время сессии", "интерливинг*", "длительност* сесси*", "средн* чек*",
                    "время в приложении", "доля отказов", "kpi", "бизнес-метрик*", "бизнес метрик*", "аплифт*",
                    "uplift", "заказ*", "подписк*", "регистраци*", "csat", "nps", "удовлетворенност*", "доля принят*",
                    "доля решенн*", "доля эскалаци*", "экономи* времени", "roi", "arpu", "ltv", "эксперимент*",
                    "теневом режим*", "теневой режим", "пилот*", "канареечн*", "доля вовремя", "дефицит*", "списани*",
                    "маржинальност*", "прибыл*", "убыточност*", "доля апелляци*", "доля кликов", "доля возвратов",
                    "отписк*", "повторн* покуп*", "окупаемост*", "стоимост* привлечени*", "чемпион*", "холдаут*",
                    "живом трафик*", "боевом трафик*", "бизнес-эффект*", "доля успешн*", "доля использовани*",
                    "частот* использовани*", "пользуются", "опрос*", "анкет*", "после запуска", "после выкатки",
                    "после внедрения"));

    /** Where labels come from: a data box should say. */
    public static final Keywords LABEL_SOURCE = Keywords.of(
            List.of("label*", "annotat*", "click*", "purchase*", "implicit", "explicit", "human rat*", "raters",
                    "ground truth", "weak supervision", "weakly supervised", "feedback", "user reports", "reported",
                    "chargeback*", "rating*", "target", "positives", "negatives", "positive", "negative", "pos",
                    "neg", "pos/neg", "watch time", "likes", "skips", "crowdsourc*", "tagged", "tags", "supervision",
                    "moderator*", "outcome*", "conversions", "orders placed", "staged", "simulated incidents", "gold",
                    "gold set", "gold standard", "determination*", "disposition*", "verdict*", "drew boxes", "drawn boxes", "bounding box*", "inspection report*",
                    "reviewer decision*", "review decision*", "analyst decision*", "confirmed match*", "confirmed case*",
                    "adjuster decision*", "adjuster conclusion*", "editor* correction*", "editors' correction*",
                    "editor* edits", "reference answer*", "gold answer*",
                    // marks people made by hand, target texts people wrote, credit outcomes recorded later
                    "manual timestamp*", "manual annotation*", "manual mark*", "manually marked", "manually tagged",
                    "hand-label*", "hand label*", "hand-marked", "marked by hand", "human-written", "human written",
                    "expert-written", "written by experts", "delinquen*", "defaulted", "defaults", "charge-off*",
                    "missed payment*", "late payment*"),
            List.of("标签", "标注", "人工标注", "标注员", "打标", "点击", "购买", "人工", "人工审核", "反馈", "显式反馈",
                    "隐式反馈", "举报", "正样本", "负样本", "正负样本", "真值", "打分", "评分", "弱监督", "众包", "拒付",
                    "观看时长", "点赞", "跳过", "审核员", "转化", "目标变量", "下单", "成交", "摆拍", "模拟事件", "金标", "金标准", "黄金集",
                    "判定", "裁定", "审核结果", "画框", "标框", "框选", "检查报告", "审核决定", "人工确认", "确认匹配", "理赔员结论", "理赔结论", "审核结论", "专家结论",
                    "编辑修改", "编辑修改记录", "审校记录", "标准答案", "参考答案", "人工打点", "手工标记", "手动标记", "人工标记",
                    "人工撰写", "人工编写", "专家撰写", "医生撰写", "逾期", "违约", "坏账", "拖欠"),
            List.of("метк*", "меток", "разметк*", "размеч*", "клик*", "покупк*", "асессор*", "жалоб*", "таргет*", "неявн*",
                    "явн* обратн*", "обратн* связ*", "позитив*", "негатив*", "положительн*", "отрицательн*",
                    "оценк* пользовател*", "лайк*", "чарджбэк*", "краудсорс*", "модератор*", "целев* переменн*",
                    "слабая разметк*", "истинн* ответ*", "оформлен* заказ*", "постановочн*", "инсценир*", "эталон*", "золот* набор*",
                    "золот* стандарт*", "вердикт*", "решени* эксперт*", "заключени* эксперт*", "подписал*",
                    "обвел*", "обвёл*", "акт* осмотр*", "решени* проверяющ*", "решени* аналитик*",
                    "подтвержд* совпаден*", "подтвержд* случа*", "правк* редактор*", "исправлени* редактор*",
                    "правк* корректор*", "ручн* отметк*", "вручную отмеч*", "отмеч* вручную", "ручн* таймкод*",
                    "ручн* тайм-код*", "написанн* врач*", "написанн* эксперт*", "написанн* людьми",
                    "написанн* вручную", "просрочк*", "дефолт*", "невозврат*", "неплатеж*"));

    /**
     * Tasks whose data is its own target (no label source to name): self-supervised, unsupervised, next-token or
     * fill-in-the-middle, clustering.
     */
    public static final Keywords SELF_SUPERVISED_TASK = Keywords.of(
            List.of("self-supervised", "self supervised", "unsupervised", "fill in the middle", "next token",
                    "language model*", "autoencoder*", "clustering", "contrastive", "masked"),
            List.of("自监督", "无监督", "聚类", "下一个词", "语言模型", "自编码器", "对比学习", "掩码"),
            List.of("самоконтрол*", "без учителя", "без разметки", "кластеризац*", "следующ* токен*",
                    "языков* модел*", "автоэнкодер*", "контрастив*", "маскирован*"));

    /**
     * Tasks whose target is a quantity recorded later in the logs (regression, forecasting, ETA, summaries written
     * anyway): the label source is the record itself, once a data box names where it is recorded.
     */
    public static final Keywords RECORDED_TARGET_TASK = Keywords.of(
            List.of("regression", "regress*", "forecast*", "time series", "eta", "demand", "units sold",
                    "how many", "how much", "duration", "arrival time", "summar*", "translat*"),
            List.of("回归", "预测", "预估", "时间序列", "时序", "需求量", "销量", "到达时间", "时长", "多少", "摘要",
                    "翻译", "客流"),
            List.of("регресси*", "прогноз*", "предсказ*", "временн* ряд*", "eta", "спрос*", "объем продаж*",
                    "сколько", "длительност*", "время прибыти*", "суммаризац*", "перевод*"));

    /** Classification words: a "predict" that is a classification still needs its labels named. */
    public static final Keywords CLASSIFICATION = Keywords.of(
            List.of("classif*", "clf", "binary", "multiclass", "multi-class", "detect*", "fraud"),
            List.of("分类", "二分类", "多分类", "检测", "识别", "欺诈"),
            List.of("классификац*", "классифиц*", "бинарн*", "мультикласс*", "детекци*", "обнаружени*", "фрод*"));

    /** Where a recorded target lives: logs, history, records, exports, sensor readings. */
    public static final Keywords RECORDED_SOURCE = Keywords.of(
            List.of("log*", "history", "historical", "records", "export*", "tracks", "sensor*", "telemetry",
                    "meter*", "readings", "sales", "transactions", "session*", "scada"),
            List.of("日志", "历史", "记录", "导出", "轨迹", "传感器", "流水", "埋点", "读数", "销售", "交易"),
            List.of("лог*", "истори*", "записи", "выгрузк*", "трек*", "датчик*", "телеметри*", "показани*",
                    "продаж*", "транзакци*", "почасов*"));

    /** Batch, online or hybrid prediction: a serving box should choose. */
    public static final Keywords SERVING_MODE = Keywords.of(
            List.of("batch*", "online", "real time", "realtime", "real-time", "hybrid", "streaming", "on request",
                    "on-demand", "on demand", "precompute*", "pre-compute*", "offline prediction*", "offline scor*",
                    "offline inference", "scored offline", "nightly",
                    "synchronous", "asynchronous", "async", "on device", "on-device", "per request", "per-request",
                    "near real time", "near-real-time", "stream processing", "queue*", "message queue", "cron*",
                    "scheduled", "scheduler", "airflow", "daily job", "hourly job", "edge", "edge device*", "on click",
                    "called when", "triggered by", "event driven", "event-driven",
                    // the mechanism of answering requests: a socket, a call per page or upload, a model on the device
                    // (an API alone is no mode: it may serve scores computed in a batch)
                    "websocket*", "called on", "client calls", "page load", "on upload", "upload*", "on the phone",
                    "on the tablet", "tflite", "core ml", "coreml", "on the chip", "on-chip", "on chip", "on the dsp"),
            List.of("批量", "批处理", "离线预测", "离线计算", "离线打分", "离线推理", "预计算", "在线", "在线服务", "在线推理",
                    "实时", "近实时", "准实时", "混合", "流式", "流式处理", "流处理", "端上", "设备上", "每次请求", "每个请求", "按请求",
                    "请求时", "异步", "同步", "每天跑", "离线批量", "队列", "消息队列", "定时", "定时任务", "调度", "边缘",
                    "边缘设备", "边缘盒子", "端侧", "调用", "点击时", "触发", "事件驱动", "实时特征", "实时打分", "实时计算",
                    "长连接", "页面加载", "加载时", "上传", "上传后", "手机上", "平板上", "本地推理", "每次", "离线批", "跑批", "芯片上"),
            List.of("пакетн*", "батч*", "онлайн*", "офлайн-предсказ*", "в реальном времени", "реалтайм*", "гибрид*",
                    "потоков*", "стрим*", "предрасч*", "предвычисл*", "по запросу", "на каждый запрос",
                    "на каждом запросе", "на устройстве", "ночн*", "асинхронн*", "синхронн*", "почти в реальном времени",
                    "раз в сутки", "очеред*", "крон*", "по расписанию", "планировщик*", "ежедневн* задач*",
                    "граничн* устройств*", "на краю", "на периферии", "на кассе", "при нажатии", "по нажатию", "по клику",
                    "при вызове", "по событию", "событийн*", "вебсокет*", "при загрузк*", "при открыти*",
                    "выгружа*", "загружа*", "на телефоне", "на планшете", "на чипе"));

    /** Drift detection or retraining: a monitoring box should name one. */
    public static final Keywords DRIFT_OR_RETRAINING = Keywords.of(
            List.of("drift*", "retrain*", "re-train*", "distribution shift", "data shift", "concept shift",
                    "covariate shift", "refresh the model", "model refresh", "fine-tune weekly", "continual learning",
                    "incremental training", "online learning", "psi", "kl divergence", "stale model",
                    "population stability", "recalibrat*", "re-calibrat*", "refit*", "re-fit*",
                    // a distribution watched over time is drift detection by another name
                    "score distribution*", "prediction distribution*", "label distribution*", "feature distribution*",
                    "input distribution*", "class distribution*", "confidence distribution*",
                    // a change in who or what comes in (the mix of members, segments, traffic) is a named shift
                    "mix shift*", "shifts mix", "shifts the mix", "shift in mix", "shift in the mix", "mix change*",
                    "segment mix", "customer mix", "traffic mix"),
            List.of("漂移", "概念漂移", "数据漂移", "分布漂移", "重新训练", "重训", "再训练", "分布变化", "分布偏移",
                    "定期训练", "增量训练", "模型更新", "更新模型", "在线学习", "持续学习", "模型过时", "每周训练", "每天训练",
                    "重新校准", "模型迭代", "重算", "补标", "重新标注", "预测分布", "分数分布", "得分分布", "特征分布", "标签分布", "类别分布",
                    "置信度分布", "周更", "日更", "月更", "结构变化", "构成变化", "占比变化", "客群变化", "人群结构变化"),
            List.of("дрейф*", "переобуча*", "переобучени* модел*", "дообуч*", "сдвиг* распределени*",
                    "изменени* распределени*", "обновлени* модел*", "обновля* модел*", "перетрен*", "переобучени* раз",
                    "переобучени* ежедн*", "переобучени* еженед*", "переобучени* ежемес*", "переобучени* кажд*",
                    "инкрементальн* обучени*", "онлайн-обучени*", "устаревани* модел*", "перекалибр*",
                    "пересмотр* порог*", "обновлени* порог*", "распределени* скор*", "распределени* предсказани*",
                    "распределени* признак*", "распределени* меток", "распределени* класс*",
                    "распределени* уверенност*", "сдвиг* структур*", "смещени* структур*", "изменени* структур*",
                    "изменени* состав*", "сдвиг* состав*", "смен* состав*"));

    /** Number words, for requirements written without digits ("a million users", "一亿用户", "миллион"). */
    public static final Keywords NUMBER_WORDS = Keywords.of(
            List.of("thousand*", "million*", "billion*", "hundred*", "dozen*"),
            List.of("万", "亿", "千", "百万", "千万", "十亿", "上亿", "数亿"),
            List.of("тысяч*", "тыс", "миллион*", "млн", "миллиард*", "млрд", "сотн*", "десят*"));

    /** Scale: how much traffic or how many users; read with a number in requirements. */
    public static final Keywords SCALE = Keywords.of(
            List.of("qps", "rps", "tps", "requests per second", "queries per second", "dau", "mau", "users",
                    "requests", "events per second", "peak traffic", "throughput"),
            List.of("每秒查询", "每秒请求", "日活", "月活", "用户", "请求", "峰值", "吞吐", "吞吐量", "并发"),
            List.of("запрос* в секунду", "rps", "qps", "пользовател*", "запрос*", "пиков* нагрузк*",
                    "пропускн* способност*", "нагрузк*", "dau", "mau"));

    /** Latency words (the budget itself, with a number and unit, is {@link Numbers#hasLatencyBudget}). */
    public static final Keywords LATENCY = Keywords.of(
            List.of("latency", "p99", "p95", "p90", "p50", "response time", "sla", "slo", "timeout"),
            List.of("延迟", "时延", "响应时间", "超时", "耗时"),
            List.of("задержк*", "латентност*", "время ответа", "таймаут*", "p99", "p95"));

    /** Model families by name and usual abbreviation; naming one is not a baseline (see {@link #BASELINE}). */
    public static final Keywords MODEL_FAMILY = Keywords.of(
            List.of("lr", "logistic regression", "gbdt", "gbm", "xgboost", "lightgbm", "catboost", "boosting",
                    "random forest", "decision tree*", "dnn", "deep neural net*", "neural net*", "mlp", "two-tower",
                    "two tower", "transformer*", "bert", "cnn", "rnn", "lstm", "wide & deep", "wide and deep",
                    "deepfm", "fm", "factorization machine*", "matrix factorization", "llm"),
            List.of("逻辑回归", "梯度提升树", "梯度提升", "随机森林", "决策树", "深度神经网络", "神经网络", "双塔", "双塔模型",
                    "多层感知机", "卷积神经网络", "循环神经网络", "因子分解机", "矩阵分解", "大模型", "大语言模型", "变换器",
                    "深度学习"),
            List.of("логистическ* регресси*", "логрег*", "бустинг*", "градиентн* бустинг*", "случайн* лес*",
                    "решающ* дерев*", "дерев* решени*", "нейросет*", "нейронн* сет*", "глубок* нейронн* сет*",
                    "двухбашенн*", "трансформер*", "сверточн* сет*", "рекуррентн* сет*", "матричн* разложени*",
                    "факторизационн* машин*", "перцептрон*"));

    /** Approximate nearest-neighbour retrieval (ANN indexes such as FAISS or HNSW). */
    public static final Keywords RETRIEVAL_INDEX = Keywords.of(
            List.of("ann", "approximate nearest neighbo*", "nearest neighbo*", "faiss", "hnsw", "scann",
                    "vector index", "vector search", "embedding index", "knn"),
            List.of("近似最近邻", "最近邻", "向量检索", "向量索引", "向量搜索", "近邻检索", "向量召回"),
            List.of("приближенн* поиск* ближайш* сосед*", "ближайш* сосед*", "векторн* индекс*",
                    "векторн* поиск*", "ann-индекс*", "поиск* по эмбеддинг*", "knn"));

    /**
     * Stage names as candidates title boxes and notes ("Serving", "监控", "Мониторинг"), by stage: a title that
     * is only a stage name says nothing, and a note titled like a missing stage is probably that stage's box.
     */
    public static final Map<Stage, Keywords> STAGE_NAMES = stageNames();

    /** Words that only hold a place ("TBD", "待定", "потом"): a box or reason saying only this says nothing. */
    public static final Keywords PLACEHOLDER = Keywords.of(
            List.of("tbd", "todo", "to do", "tba", "n/a", "later", "fill in", "fill me", "xxx", "???"),
            List.of("待定", "待补充", "待填写", "稍后", "以后再说"),
            List.of("потом", "позже", "заполнить", "тбд", "уточнить"));

    private static Map<Stage, Keywords> stageNames() {
        Map<Stage, Keywords> m = new EnumMap<>(Stage.class);
        m.put(Stage.REQUIREMENTS, Keywords.of(
                List.of("requirements", "requirement", "reqs", "req", "goals", "goal", "objective*",
                        "business objective*", "business goal*", "scope", "constraints", "clarifications",
                        "clarifying questions", "problem statement", "product requirements"),
                List.of("需求", "需求分析", "需求澄清", "业务需求", "目标", "业务目标", "约束", "范围", "澄清问题", "问题澄清", "产品需求", "业务背景"),
                List.of("требовани*", "цели", "цель", "бизнес-цел*", "ограничени*", "уточнени*", "рамки", "бизнес-задач*", "контекст",
                        "масштаб")));
        m.put(Stage.FRAMING, Keywords.of(
                List.of("ml framing", "framing", "problem framing", "ml problem", "ml task", "ml formulation",
                        "problem formulation", "formulation", "task definition"),
                List.of("问题建模", "建模", "问题定义", "ml 问题定义", "任务定义", "机器学习问题", "ml 问题", "ml 建模", "问题形式化"),
                List.of("постановка ml-задачи", "постановка ml задачи", "постановка задачи", "ml-постановка",
                        "формулировка задачи", "формализаци*", "ml-задача", "постановка")));
        m.put(Stage.DATA, Keywords.of(
                List.of("data", "dataset*", "data sources", "data pipeline", "training data", "data & labels",
                        "data and labels", "labels"),
                List.of("数据", "数据集", "数据源", "训练数据", "数据与标签", "数据和标签", "标签"),
                List.of("данные", "датасет*", "обучающ* выборк*", "выборк*", "источники данных", "данные и разметка",
                        "разметка")));
        m.put(Stage.FEATURES, Keywords.of(
                List.of("features", "feature", "feature engineering", "feature store", "signals"),
                List.of("特征", "特征工程", "特征库", "特征存储"),
                List.of("признаки", "признак", "фичи", "фича", "инженери* признаков", "хранилищ* признаков")));
        m.put(Stage.MODEL, Keywords.of(
                List.of("model", "models", "modeling", "modelling", "model architecture", "model choice",
                        "training", "algorithm*"),
                List.of("模型", "模型选择", "模型结构", "训练", "模型训练", "算法"),
                List.of("модель", "модели", "моделирование", "архитектура модели", "обучение", "алгоритм*")));
        m.put(Stage.EVALUATION, Keywords.of(
                List.of("evaluation", "eval", "evals", "metrics", "offline evaluation", "testing", "experiments",
                        "experimentation", "a/b testing", "validation"),
                List.of("评估", "评测", "指标", "评估指标", "实验", "离线评估", "效果评估", "验证"),
                List.of("оценка", "оценка качества", "метрики", "эксперимент*", "валидация", "тестирование")));
        m.put(Stage.SERVING, Keywords.of(
                List.of("serving", "serve", "deployment", "deploy", "inference", "production", "rollout",
                        "online serving", "model serving", "launch"),
                List.of("服务", "部署", "上线", "推理", "线上服务", "在线服务", "模型服务", "模型部署", "发布"),
                List.of("сервинг", "деплой", "развертывание", "инференс", "выкатка", "внедрение", "прод",
                        "продакшн", "запуск")));
        m.put(Stage.MONITORING, Keywords.of(
                List.of("monitoring", "monitor", "observability", "alerts", "alerting", "model monitoring",
                        "post-launch"),
                List.of("监控", "监测", "运维", "告警", "报警", "模型监控", "线上监控"),
                List.of("мониторинг", "мониторинг модели", "наблюдаемост*", "алерт*", "алертинг", "оповещени*")));
        return m;
    }
}
