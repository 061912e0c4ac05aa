package org.stageboard.rehearsal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What kind of ML system a board is about, read from its title, prompt and boxes in any of the three languages:
 * ranking (recommendations, search, feeds), forecast (demand, time series), classify (fraud, moderation, churn,
 * intent), generate (LLMs, RAG, summaries), vision (images, video, OCR), regress (ETA, durations), and, read from
 * the board's subject only, speech (audio, ASR, wake words) and pricing (pricing, markdowns, fees). A kind counts
 * only when it is the board's subject ({@link BoardTerms#central}: title or prompt, or two boxes), so a word said in
 * passing does not pull a ranking question onto a forecasting board. A board may be of several kinds (image moderation: classify and vision).
 */
public final class BoardDomains {
    /** Each kind with its cues, synonyms joined by "|" as bank triggers are. */
    private static final Map<String, String> CUES = new LinkedHashMap<>();

    static {
        CUES.put("ranking", "rank|ranking|ranker|rerank*|recommend*|recommender*|recsys|feed|search|ndcg*|ltr|"
                + "lambdamart|retrieval|candidates|two-tower|ctr|pctr|sponsored|auction*|bidding|rtb|竞价|双塔|аукцион*|двухбашен*|推荐|排序|精排|粗排|召回|搜索|信息流|猜你喜欢|рекоменд*|ранжир*|"
                + "поиск*|выдач*|лент*|ndcg@10|recall@100|recall@k|map@k");
        CUES.put("forecast", "forecast*|demand|time series|mape|wape|smape|horizon|seasonality|"
                + "销量|需求预测|预测销量|客流|客流量|负荷预测|"
                + "时间序列|时序|季节性|спрос*|временн* ряд*|горизонт*|сезонн*|прогноз спроса|прогноз нагрузки");
        CUES.put("classify", "fraud*|classif*|binary|二分类|бинарн*|classifier|moderat*|spam*|churn*|toxic*|abuse*|intent*|risk|default|"
                + "chargeback*|anomal*|precision|recall|pr-auc|f1|欺诈|风控|审核|分类|流失|违规|意图|反作弊|违约|逾期|"
                + "准确率|召回率|精确率|фрод*|мошен*|классиф*|модерац*|отток*|спам*|токсич*|риск*|дефолт*|"
                + "аномал*|полнот*|точност*|returns|return rate|routing|ticket*|categor*|credit|loan*|授信|额度|信用|"
                + "路由|分流|工单|类目|意图识别|возврат*|кредит*|маршрутиз*|тикет*|обращени*|категори*|скоринг*");
        CUES.put("generate", "llm|llms|rag|gpt*|generate*|generating|generative|generator*|text generation|answer generation|"
                + "response generation|code generation|generation service|summar*|chatbot|prompt*|hallucinat*|大模型|生成|摘要|"
                + "问答|幻觉|提示词|генерац*|генерир*|саммари|суммариз*|чат-бот*|галлюцинац*|промпт*");
        CUES.put("vision", "image|images|photo*|video|videos|ocr|cnn|resnet*|vit|yolo|camera|frames|图片|图像|"
                + "照片|视频|画面|截图|изображ*|фото*|видео*|кадр*|камер*|paddleocr|tesseract|scan|scans|scanned|"
                + "版面|扫描|发票|скан*");
        CUES.put("regress", "eta|regression|ltv|clv|lifetime value|customer lifetime value|生命周期价值|пожизненн* ценност*|delivery time|arrival time|travel time|送达时间|到达时间|"
                + "时长预估|预估时长|回归|регресс*|время доставки|время в пути|время прибытия");
    }

    /**
     * Kinds read only when they are the board's subject, after the kinds above: a speech or pricing board is often
     * also a classifier or a forecast, and these mainly keep questions for another modality off it (no camera drift
     * on a wake-word board) or raise a probe written for it (price endogeneity).
     */
    private static final Map<String, String> SUBJECT_ONLY = new LinkedHashMap<>();

    static {
        SUBJECT_ONLY.put("speech", "speech|asr|audio|voice|wake word|wake-word|wakeword|utterance*|log-mel|mfcc|"
                + "spectrogram*|acoustic|transcrib*|语音|语音识别|方言|声学|录音|音频|唤醒词|речь|речев*|голос*|аудио|"
                + "акустическ*|распознавани* речи|звук*|диктор*");
        SUBJECT_ONLY.put("pricing", "pricing|dynamic price*|price elasticit*|markdown*|discount*|fee|fees|surge|"
                + "elasticit*|定价|调价|加价|动态价格|配送费|折扣|降价|价格弹性|ценообразовани*|динамическ* цен*|уценк*|"
                + "скидк*|наценк*|эластичн*|тариф*|сёрдж*|сердж*|повышающ* коэффициент*|динамическ* коэффициент*|коэффициент* цен*|溢价|动态调价|动态定价|加价倍数"
                // a board that sets a price per person or picks the best price prices, whatever it calls itself
                + "|personalised price*|personalized price*|personal price*|individual price*|price per passenger|price per pax|"
                + "price per user|price per customer|price per player|optimal price*|sets the price|set the price|"
                + "персональн* цен*|индивидуальн* цен*|оптимальн* цен*|цен* для каждого|个性化价格|个性化定价|千人千价|最优价格"
                // round 31: a price the business offers for what it buys (a trade-in, a buyback) is a price it sets
                + "|trade-in|trade-in price*|buyback price*|buy-back price*|offer price*|purchase offer*|instant offer*|"
                + "цен* выкупа|трейд-ин|выкупн* цен*|回收价*|收购价*|以旧换新");
    }

    private BoardDomains() {
    }

    /**
     * The kinds the board is about; when none is its subject, the kinds it mentions at all; empty when it says
     * nothing of any kind (then no kind-specific question is asked).
     */
    public static Set<String> of(BoardTerms words) {
        Set<String> out = new LinkedHashSet<>();
        CUES.forEach((kind, cues) -> {
            if (words.subject(cues)) {
                out.add(kind);
            }
        });
        if (out.isEmpty()) {
            // no kind is the board's subject (a board of one or two boxes): what it does say is still positive
            // evidence, and better than asking every kind's questions
            CUES.forEach((kind, cues) -> {
                for (String cue : cues.split("\\|")) {
                    if (words.mentions(cue)) {
                        out.add(kind);
                        break;
                    }
                }
            });
        }
        if (out.contains("ranking") && statesAnotherTask(words)) {
            out.remove("ranking");
        }
        if (out.contains("regress") && !out.contains("classify") && framedAs(words, RANK_TASK, CUES.get("regress"))) {
            out.remove("regress");
        }
        if (out.contains("generate") && classifiesWithoutLlm(words)) {
            out.remove("generate");
        }
        SUBJECT_ONLY.forEach((kind, cues) -> {
            if (words.subject(cues)) {
                out.add(kind);
            }
        });
        return out;
    }

    /** Task words a Framing box states a task with that is not ranking. */
    private static final String OTHER_TASK = "classif*|classifier|regression|regress*|forecast*|quantile*|二分类|多分类|分类|"
            + "回归|分位数|时间序列|классиф*|регресс*|квантил*|прогноз*";

    /**
     * The candidate's Framing box states the task as classification, regression or a forecast and says nothing of
     * ranking or recommending, and the title does not either: "recommended arrival window" in a Requirements box and
     * a supplier's portal does not make a truck-arrival forecast a recommender.
     */
    private static boolean statesAnotherTask(BoardTerms words) {
        return framedAs(words, OTHER_TASK, CUES.get("ranking"));
    }

    /**
     * Task words of a ranker in a Framing box: a board that ranks restaurants by the chance of an order, with the
     * current ETA among its inputs (round 31's "order again" carousel), estimates no ETA, so it is not asked how its
     * predictions drift from fresh actuals by horizon. A ranking by a classifier's risk (fire incidents in the next
     * year, ranked for inspectors) keeps it: its predicted rates meet fresh outcomes (judged relevant on set 30).
     */
    private static final String RANK_TASK = "rank|ranks|ranking|ranker|rerank*|lambdarank|recommend*|排序|推荐|ранжир*|"
            + "рекоменд*";

    /** Task words of a classifier in a Framing box. */
    private static final String CLASSIFY_TASK = "classif*|classifier|multi-label|multilabel|multi-class|multiclass|binary|"
            + "二分类|多分类|多标签|分类|классиф*|бинарн*|многоклассов*|мультиклассов*|многометочн*|мультилейбл*";

    /** Words that make a generative model part of the system, as opposed to the thing it reads about. */
    private static final String LLM_AT_WORK = "llm|llms|rag|gpt*|chatgpt|chatbot|generative|genai|prompted|prompting|"
            + "few-shot|zero-shot|summar*|大模型|大语言模型|生成式|摘要|问答|提示词|ллм|генератив*|саммари|суммариз*|чат-бот*|"
            + "промптинг*";

    /**
     * The Framing box states a classifier and neither it nor the title puts a generative model to work: "AI-generated"
     * as the class it detects, or an agent "prompt" shown above 0.7, makes a text classifier no LLM board.
     */
    private static boolean classifiesWithoutLlm(BoardTerms words) {
        return framedAs(words, CLASSIFY_TASK, LLM_AT_WORK);
    }

    /** A Framing box states {@code task}, and neither it nor the title says {@code unless}. */
    private static boolean framedAs(BoardTerms words, String task, String unless) {
        return words.hasFraming() && words.inFraming(task) && !words.inFraming(unless) && !words.inTitle(unless);
    }

    /**
     * True when a question written for {@code domains} fits a board of {@code kinds}: the board must positively be
     * of one of them, and of none the question excludes ({@link #NOT}). A board whose kind is unclear gets no
     * kind-specific question (a filter-bubble question needs a recommender on the board, not just the absence of a
     * forecast).
     */
    static boolean fits(java.util.List<String> domains, Set<String> kinds) {
        boolean excluded = domains.stream().anyMatch(d -> d.startsWith(NOT) && kinds.contains(d.substring(NOT.length())));
        java.util.List<String> wanted = domains.stream().filter(d -> !d.startsWith(NOT)).toList();
        return !excluded && (wanted.isEmpty() || wanted.stream().anyMatch(kinds::contains));
    }

    /**
     * A bank domain starting with this names a kind the question never fits ("-speech" on a camera-drift question):
     * a wake-word board is a binary classifier too, but not one with cameras.
     */
    static final String NOT = "-";
}
