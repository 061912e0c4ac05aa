#!/usr/bin/env python3
"""Writes the labelled copies of the 21 `ww` boards (../boards/) into this folder and checks them.

Each copy is the original board with three fields added after `edges`: `comment`, `expected`, `labelled`.
The originals are json.dumps(indent=2, ensure_ascii=False) + "\n"; the copies are written the same way, so a copy is
byte-for-byte the original up to the closing `]` of `edges` (checked below, together with field equality and order).
Labels, a reason per label and the comments are inline here. Re-running rewrites the 21 copies, checks them and
prints the support table.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BOARDS = os.path.join(HERE, "..", "boards")

RULES = ["missing-stage", "empty-stage", "requirements-no-number", "no-label-source", "no-baseline",
         "missing-offline-metric", "missing-online-metric", "serving-mode", "no-latency-budget",
         "monitoring-no-drift-or-retraining", "unstated-tradeoff", "incomplete-tradeoff", "no-feedback-loop",
         "disconnected-box"]
STAGES = ["requirements", "framing", "data", "features", "model", "evaluation", "serving", "monitoring"]
DECISION = ["data", "model", "serving"]

# board prefix -> (expected [(rule, stage, reason)], comment in the board's language)
LABELS = {
"en-ww01": ([
    ("missing-stage", "evaluation", "no evaluation box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "detector -> fine-tuned ViT -> kNN -> OCR rerank; off-the-shelf CLIP is the rejected alternative, not a baseline"),
    ("unstated-tradeoff", "data", "catalog photos + user-confirmed scans, split by wine id: plain; the linked note is a question"),
], "Evaluation and monitoring missing (metric and monitoring rules quiet). Model states a trade-off: 'fine-tuned ViT over off-the-shelf CLIP: CLIP confuses labels of same producer, fine-tuned +11pt top-1'; CLIP is a compared alternative, not a baseline, and nothing else in the model box names one. Serving states one too: 'send crop not full photo: ~60KB vs ~3MB, upload was most of the 1.5s on bad wifi'. Data is plain (user-confirmed matches = label source); the note linked to Data ('people tap it even if wrong vintage?') is a question, not a decision. 'result < 1.5s incl. upload' in Requirements is the latency budget; 'detector on device, kNN on server' is the serving mode (hybrid)."),
"en-ww02": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "quantile GBDT; the 'median of same ISBN' baseline is only in Evaluation"),
    ("unstated-tradeoff", "data", "'unsold listings dropped, not modelled as censored': choice + alternative, no reason"),
], "Framing, serving and monitoring missing. Model carries a complete structured trade-off (quantile GBDT over single-point regression, because sellers want a range), so neither trade-off rule fires there; the box names no baseline ('median of same ISBN' baseline sits only in Evaluation). Data: 'unsold listings dropped, not modelled as censored' is a choice and an alternative with no reason. Past sale prices = the recorded target of the price regression (label source stated). Eval has MAPE (offline) and an A/B on sold-in-14d (online). '< 500ms' in Requirements; Serving is missing anyway."),
"en-ww03": ([
    ("missing-stage", "data", "no data box"),
    ("no-baseline", "model", "HLR vs GRU: HLR is the chosen model, GRU the compared one; neither is named as a baseline"),
    ("monitoring-no-drift-or-retraining", "monitoring", "calibration of P(recall) by lang pair, session length, cap share: no drift, retraining, recalibration or watched distribution"),
    ("unstated-tradeoff", "serving", "'queue of 3 days precomputed for offline': choice + reason, no alternative"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Data missing. Model states a trade-off: 'half-life regression vs small GRU -> GRU was +0.02 AUC but 40x bigger, stay w/ HLR for on-device'; but HLR is the chosen model and GRU the compared one, so no baseline is named. Serving: 'queue of 3 days precomputed for offline' is a choice and a reason with no alternative. Serving mode on device; params synced nightly and a precomputed queue, nothing scored per request, so the nightly schedule stands in for the latency budget. Eval: AUC (offline) and a 30-day recall test on random 5% cards (online). Monitoring watches calibration by language pair but names no drift, retraining, recalibration or distribution; no arrow back."),
"en-ww04": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "features", "no features box"),
    ("no-baseline", "model", "Whisper + GPT-4o; fine-tuned Llama is the rejected alternative, not a baseline"),
    ("monitoring-no-drift-or-retraining", "monitoring", "edit distance, deleted/added findings, invented-defect rate, complaints: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "past signed reports, memos, paid graders: plain"),
    ("unstated-tradeoff", "serving", "async upload -> draft < 15 min, EU storage, cost: plain"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Requirements and features missing. Model: the text 'also tried fine-tuned Llama-3-8B on the 38k reports, but' is a bare 'but', but the complete structured trade-off (GPT-4o per section over fine-tuned Llama-3-8B, because defects are only visible in photos) counts, so neither trade-off rule fires there; no baseline in the model box. Data and Serving are plain. ~38k signed reports = generation targets written by people (label source). Eval: findings recall / invented defects (offline) and inspector edit time in a pilot (online). 'draft in < 15 min' is the latency, 'async: upload at end of visit' the mode. Monitoring has no drift/retraining and no arrow back."),
"en-ww05": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("no-latency-budget", "serving", "'score at upload' is per event, no latency number; batch rescore schedule does not cover it; requirements missing"),
    ("monitoring-no-drift-or-retraining", "monitoring", "hold rate, claim rate, carrier API errors: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "volumes, labels, claim delay: plain; the linked note is a question"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Requirements, model and evaluation missing (no-baseline and metric rules quiet). Serving states a trade-off: 'batch rescore every 6h bc carrier APIs rate-limit us, realtime would hit limits'. Orders are also scored at upload (per event) with no latency number anywhere, so the 6h schedule does not stand in for a budget. Data names the labels (buyer claims won + carrier 'delivered elsewhere') but no trade-off; the linked note ('which label?') is a question. Monitoring names no drift/retraining; no arrow back."),
"en-ww06": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "'2 options: BM25 / LightGBM': BM25 is an option, not named as a baseline"),
    ("monitoring-no-drift-or-retraining", "monitoring", "panel CTR, tickets/1k sessions"),
    ("unstated-tradeoff", "model", "'2 options ... ?': options, nothing chosen"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "Data and serving missing. Model: '2 options: BM25 on error text / LightGBM ranker ?' lists options and picks none; BM25 is one of the options, not named as a baseline. Label defined in Framing (Data is missing anyway). Eval: 'MRR 0.44' (offline) and 'ticket rate per panel open' (online, a product metric). The note ('MRR 0.44 on what?') is linked to Evaluation, not a decision stage. Monitoring (panel CTR, tickets) has no drift/retraining and no arrow back."),
"en-ww07": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-latency-budget", "serving", "on-device inference, only a weekly retrain schedule; no latency number, requirements give none"),
    ("unstated-tradeoff", "data", "sensors, geofence, overrides, weather: plain"),
    ("unstated-tradeoff", "serving", "'on device, retrain weekly ... geofence overrides': choice, no alternative, reason only in Requirements/Model"),
], "Framing and monitoring missing. Model states a trade-off: 'per-home logistic reg on device (small, explainable) over a global deep seq model: device has 256KB RAM, and we need it offline'; logistic regression is read as the baseline (as LR/LogReg in earlier sets). Serving: on device, retrain weekly, geofence overrides: a choice with no alternative. Occupancy is predicted continuously on device; 'retrain weekly' is a training cadence, not a serving schedule, and no latency number is given, so no-latency-budget is labelled. Motion sensors / geofence history (~2 yrs) read as the label source. Eval: occupied-hours recall (offline) and a 4k-home pilot (-8.6% energy, online)."),
"ru-ww01": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "Prophet is the compared alternative; «неделю назад» is only in Evaluation"),
    ("missing-online-metric", "evaluation", "backtest WAPE and p90 coverage: offline only"),
    ("unstated-tradeoff", "data", "«ковидные 2020-21 выкинули, потом»: choice without alternative or reason, deferred"),
    ("unstated-tradeoff", "serving", "«батч каждые 6 ч, выгрузка в Excel»: plain"),
], "Нет постановки и мониторинга. Модель формулирует компромисс: «Prophet по каждой больнице против одного LightGBM на всех: LightGBM лучше на 4 п.п. WAPE … — берём LightGBM»; Prophet — сравниваемая альтернатива, а не бейзлайн, а «неделю назад» есть только в оценке. Данные: «ковидные 2020-21 выкинули, потом» — выбор без альтернативы и причины. Сервинг: «батч каждые 6 ч» — режим и расписание пакетной задачи; по запросу ничего не отдаётся, поэтому расписание заменяет бюджет задержки. Оценка — только бэктест (WAPE, покрытие p90), онлайн-метрики нет. 4 года времени регистрации в МИС = записанная величина прогноза (источник таргета). Заметка привязана к оценке."),
"ru-ww02": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "CatBoost; the sequence network is the rejected alternative"),
    ("unstated-tradeoff", "serving", "онлайн в платёжном контуре, Redis, пороги: plain"),
], "Нет данных, признаков и мониторинга. Модель формулирует компромисс: «CatBoost, а не нейросеть по последовательности сессии: нужна объяснимость для ЦБ …»; бейзлайна в блоке модели нет. Сервинг: онлайн, фичи из Redis, пороги 0,35/0,8 — решения без компромисса. «< 300 мс» в требованиях. Оценка: recall 0,62 при 0,5% пауз на time split (офлайн); «операционисты: каждая 9-я пауза — настоящий случай» засчитано как онлайн-метрика (точность реальных пауз, как доля ложных отказов)."),
"ru-ww03": ([
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "YandexGPT API is the rejected alternative, not named as a baseline"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "Нет сервинга (правила режима и задержки молчат). Данные формулируют компромисс: «фильтр по откликам вместо всех 3 млн: на всех модель учится шаблонному …». Модель тоже: «YandexGPT через API против своей … своя дешевле в ~5 раз …, 4,1 против 4,2 — берём свою»; YandexGPT — сравниваемая альтернатива, бейзлайн не назван. Оценка: слепая оценка HR-экспертов (офлайн) и A/B: отклики +6% (онлайн). Мониторинг называет дрейф («дрейф по новым профессиям»), но стрелки назад нет."),
"ru-ww04": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "model", "no model box"),
    ("monitoring-no-drift-or-retraining", "monitoring", "заявки, жалобы, доля платных ЖК в топ-10: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "«заявки — сигнал редкий; учим на кликах + заявки с весом x20»: choice + reason, alternative only implied"),
    ("unstated-tradeoff", "serving", "гибрид без причины + «буст платных ЖК? обсудить»: a question"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет требований и модели (no-baseline молчит); заголовки по-английски. Данные: «заявки — сигнал редкий; учим на кликах + заявки с весом x20» — выбор и причина, альтернатива (учить только на заявках) не названа. Сервинг: «батч ночью для писем, онлайн для главной < 200 мс» — гибрид без причины, «буст платных ЖК? обсудить» — вопрос. Оценка: NDCG@10 (офлайн) и A/B (онлайн); «vs популярное» — сравнение в оценке. Мониторинг без дрейфа и без стрелки назад. Заметка привязана к признакам."),
"ru-ww05": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("no-baseline", "model", "OCR + QR/ОФД check + CNN edit detector: no baseline"),
    ("monitoring-no-drift-or-retraining", "monitoring", "доля авто-отказов, жалобы, повторы, доля чеков без QR: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "past receipts, 10% manual moderation, ОФД coverage: plain"),
    ("unstated-tradeoff", "serving", "очередь, модератор, «порог … 0,5 — потом подберём»: placeholder"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет постановки, признаков и оценки (правила метрик молчат). Модель формулирует компромисс: «если QR валиден, ОФД важнее OCR: OCR ошибается на мятых чеках, а ОФД даёт точный состав»; бейзлайна в блоке модели нет. Сервинг: очередь, ответ < 30 с (режим и бюджет есть), «порог на фотошоп 0,5 — потом подберём» — заглушка. Данные: решения ручной модерации = метки, компромисса нет. Мониторинг без дрейфа («доля чеков без QR» — доля, а не распределение) и без стрелки назад."),
"ru-ww06": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "hierarchical Bayesian elasticity; GBDT is the rejected alternative of the structured row"),
    ("monitoring-no-drift-or-retraining", "monitoring", "доля принявших, отмены, жалобы: no drift/retraining/distribution"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "Нет данных и сервинга. Модель несёт полный структурный компромисс (байесовская эластичность вместо GBDT на спрос, с причиной), так что правила компромиссов там молчат; GBDT — отвергнутая альтернатива, а не бейзлайн. Оценка: бэктест WAPE 34% (офлайн) и пилот на 2 тыс. продавцов: оборот +7% (онлайн). Мониторинг (доля принявших рекомендацию, отмены, жалобы) без дрейфа и без стрелки назад."),
"ru-ww07": ([
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("missing-online-metric", "evaluation", "recall on confirmed cases and a comparison with the distance rule: offline only"),
    ("unstated-tradeoff", "data", "жалобы, расследования, GPS: plain"),
], "Нет модели и мониторинга. Сервинг формулирует компромисс: «выбрали онлайн вместо ночного батча: ночью SMS уже ушла …». Данные: жалобы, подтверждённые расследованием, = метки; компромисса нет. Оценка только офлайн (recall 0,69 при 3% звонков, сравнение с правилом «> 300 м»). «< 2 мин» в требованиях — бюджет задержки."),
"zh-ww01": ([
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("no-baseline", "model", "recall channels (incl. 附近热搜) + DIN; GBDT is the rejected alternative"),
    ("monitoring-no-drift-or-retraining", "monitoring", "CTR, 搜后下单率, 付费词占比, 缓存命中: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "«付费词和自然词…先不区分»: for now, no reason"),
    ("unstated-tradeoff", "serving", "«固定位置插入还是和模型一起排? 待定»: options, placeholder"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "缺特征和评估。模型有取舍：“用 DIN 不用 GBDT：用户行为序列长, GBDT 吃不进序列, 离线 AUC +0.015”；召回里的“附近热搜”是召回通道，不是基线，GBDT 是被否掉的备选，模型框没有基线。数据：“付费词和自然词混在一个日志里, 先不区分”是暂定，没有理由。上线：“固定位置插入还是和模型一起排? 待定”只列选项；“首页打开前预取, 结果缓存 10 分钟”按每次打开首页计算，算说明了上线方式；需求“p99 < 80ms”是延迟预算。label 在问题定义里。监控无漂移/重训，没有回边。"),
"zh-ww02": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "EfficientNet + LightGBM; end-to-end regression is the rejected alternative"),
    ("unstated-tradeoff", "serving", "«报价偏高还是偏低, 运营说了算»: options, no pick"),
], "缺需求、数据和监控。模型有完整的结构化取舍（LightGBM 回归 而非 端到端图片回归价格，有理由），两条取舍规则在模型都不报；模型框没有基线。上线：“报价偏高还是偏低, 运营说了算”没做选择；“拍照后 < 3s 出价, 云端 GPU”说明了上线方式和延迟。评估：成色 accuracy、报价 MAE（离线）；“质检后取消率 9%”算线上指标（用户行为）。"),
"zh-ww03": ([
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-online-metric", "evaluation", "rolling backtest WAPE and p90 coverage: offline only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "daily actual vs forecast, alert on error > 30%: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "«2020-22 三年去掉, 用剩下两年 + 今年» (疫情异常): choice + reason, no alternative; the linked note is an observation"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "缺模型和上线（no-baseline、上线方式和延迟规则不报）。数据：“2020-22 三年去掉, 用剩下两年 + 今年”，理由是疫情期间异常，有选择和理由但没有点名备选；连到数据的备注（药店销量只有 40 家）是观察。HIS 挂号记录 5 年就是门诊量回归的记录量，算标签来源。评估只有回测（WAPE、p90 覆盖），没有线上指标。监控是误差报警，无漂移/重训，没有回边。"),
"zh-ww04": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "Qwen2.5-32B + RAG; closed API and 7B are compared alternatives, not baselines"),
    ("unstated-tradeoff", "data", "律所标注 3000 份, 条例, 未标注合同: plain"),
], "缺问题定义和监控。模型有取舍：“选自部署 Qwen 而非调用闭源 API：合同有个人信息, 合规要求数据不出我们的云; 32B 比 7B … F1 高 0.09”；闭源 API 和 7B 是比较的备选，不是基线。上线也有取舍：“没做流式逐条返回, 因为整份合同要一起看”（被否掉的选项和理由，选的是异步整份）。数据：律所标注 = 标签来源，没有取舍。评估：recall/precision（离线）和“用户调研: 看懂解释 82%”（按前几套的做法算线上）。“< 60 秒”、“平均 35s”是延迟。"),
"zh-ww05": ([
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "XGBoost + Louvain + rules; the rules are part of the gang layer, not a baseline"),
    ("monitoring-no-drift-or-retraining", "monitoring", "扣补贴司机数, 申诉率, 单量/补贴比: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "«新城市先不人工标注, 直接用老城市模型迁移»: choice + alternative, no reason"),
    ("unstated-tradeoff", "model", "«GNN 以后再说»: later alternative, no reason"),
    ("no-feedback-loop", "monitoring", "only arrow m -> mo"),
], "缺特征、评估和上线。数据：“新城市先不人工标注, 直接用老城市模型迁移”有选择和备选，但没有理由；老城市人工判定的案件 = 标签来源。模型：“GNN 以后再说”是以后再说的备选，没有理由；“规则 (同设备/同支付账号)”是团伙层的一部分，不是基线，模型框没有基线。监控无漂移/重训，没有回边。"),
"zh-ww06": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "data", "no data box"),
    ("no-baseline", "model", "规则召回 -> LightGBM: the rules are the recall step, not a baseline"),
    ("unstated-tradeoff", "model", "«选 LightGBM 还是图模型 … 还没定»: options, no choice; the linked note is an observation"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "缺需求和数据。上线有取舍：“T+1 离线批量打分而不是实时: 要看一整天的红包流水才能判断, 实时误伤正常抢红包的家庭群”；T+1 批量不按请求服务，排期代替延迟预算。模型：“选 LightGBM 还是图模型 … 还没定”只列选项；“规则召回”是召回步骤，不是基线；连到模型的备注（recall 只在规则召回的群里算）是观察。评估有人工审核 precision/recall（离线）和“线上: 赌博举报量 -35%”。监控“尾数分布变化 (黑产换玩法)”在看分布，不报；没有回边。"),
"zh-ww07": ([
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("monitoring-no-drift-or-retraining", "monitoring", "emoji 点击率, 端侧延迟 p99"),
    ("unstated-tradeoff", "data", "«端侧点击日志, 联邦聚合 + 差分隐私»: choice, reason only in Requirements, no alternative"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "缺模型和评估。上线有完整的结构化取舍（端侧 int8 小模型 而非 云端大模型，因为隐私 + 15ms），两条取舍规则在上线都不报。数据：端侧点击日志 + 联邦聚合 + 差分隐私是决定，没有备选，理由只在需求里。label = 用户点了（问题定义）+ 点击日志。“每次按键 < 15ms”是延迟预算。监控（点击率、端侧延迟）无漂移/重训，没有回边。"),
}


def stages_of(board):
    return {n["stage"] for n in board["nodes"] if n["stage"] != "note"}


def structural(board):
    """missing-stage, no-feedback-loop and disconnected-box as they follow from the board's boxes and arrows."""
    present = stages_of(board)
    out = [("missing-stage", s) for s in STAGES if s not in present]
    stage_of = {n["id"]: n["stage"] for n in board["nodes"]}
    edges = board["edges"]
    if edges and "monitoring" in present:
        back = any(stage_of[e["from"]] == "monitoring" and stage_of[e["to"]] in ("data", "model") for e in edges)
        if not back:
            out.append(("no-feedback-loop", "monitoring"))
    if edges:
        touched = {e["from"] for e in edges} | {e["to"] for e in edges}
        for n in board["nodes"]:
            if n["stage"] != "note" and n["id"] not in touched:
                out.append(("disconnected-box", n["stage"]))
    return out


def sanity(prefix, board, expected):
    present = stages_of(board)
    keys = [(r, s) for r, s, _ in expected]
    for r, s in keys:
        assert r in RULES and s in STAGES, (prefix, r, s)
        if r != "missing-stage":
            assert s in present, (prefix, "content rule on missing stage", r, s)
        if r in ("unstated-tradeoff", "incomplete-tradeoff"):
            assert s in DECISION, (prefix, r, s)
    got = sorted(k for k in keys if k[0] in ("missing-stage", "no-feedback-loop", "disconnected-box"))
    assert got == sorted(structural(board)), (prefix, got, structural(board))
    # a stage with a complete structured row is never unstated; no incomplete rows on this set
    for n in board["nodes"]:
        for t in n.get("tradeoffs", []):
            assert t["choice"].strip() and t["over"] and t["because"].strip(), (prefix, n["id"])
            assert ("unstated-tradeoff", n["stage"]) not in keys, (prefix, n["stage"])
    assert len(keys) == len(set(keys)), prefix
    assert keys == sorted(keys, key=lambda k: (RULES.index(k[0]), STAGES.index(k[1]))), (prefix, "order")


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def main():
    files = sorted(f for f in os.listdir(BOARDS) if f.endswith(".stageboard"))
    assert len(files) == 21, len(files)
    assert sorted(f[:7] for f in files) == sorted(LABELS), "labels and boards differ"
    support = {r: {"en": 0, "zh": 0, "ru": 0} for r in RULES}
    for f in files:
        prefix = f[:7]
        with open(os.path.join(BOARDS, f), encoding="utf-8") as fh:
            raw = fh.read()
        board = json.loads(raw)
        assert dump(board) == raw, (f, "original is not indent=2 json + newline")
        assert list(board)[-1] == "edges", f
        expected, comment = LABELS[prefix]
        sanity(prefix, board, expected)
        copy = dict(board)
        copy["comment"] = comment
        copy["expected"] = [{"rule": r, "stage": s} for r, s, _ in expected]
        copy["labelled"] = list(RULES)
        text = dump(copy)
        with open(os.path.join(HERE, f), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        # checks on the written copy
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            back_raw = fh.read()
        back = json.loads(back_raw)
        assert list(back) == list(board) + ["comment", "expected", "labelled"], f
        for k in board:
            assert back[k] == board[k], (f, k)
            assert json.dumps(back[k], ensure_ascii=False) == json.dumps(board[k], ensure_ascii=False), (f, k, "order")
        cut = raw.rindex("]")  # closing ] of edges: edges is the last field of the original
        assert raw[cut + 1:] == "\n}\n", f
        assert back_raw[:cut + 1] == raw[:cut + 1], (f, "prefix differs")
        for r, _, _ in expected:
            support[r][prefix[:2]] += 1
    print("| rule | en | zh | ru | total |")
    print("|---|---|---|---|---|")
    tot = {"en": 0, "zh": 0, "ru": 0}
    for r in sorted(RULES, key=lambda r: (-sum(support[r].values()), RULES.index(r))):
        c = support[r]
        for l in tot:
            tot[l] += c[l]
        print(f"| `{r}` | {c['en']} | {c['zh']} | {c['ru']} | {sum(c.values())} |")
    print(f"| total | {tot['en']} | {tot['zh']} | {tot['ru']} | {sum(tot.values())} |")
    dec = {"en": [0, 0], "zh": [0, 0], "ru": [0, 0]}
    by_stage = {s: [0, 0] for s in DECISION}
    for f in files:
        prefix = f[:7]
        with open(os.path.join(BOARDS, f), encoding="utf-8") as fh:
            board = json.load(fh)
        un = {s for r, s, _ in LABELS[prefix][0] if r == "unstated-tradeoff"}
        for s in DECISION:
            if s in stages_of(board):
                dec[prefix[:2]][0] += 1
                dec[prefix[:2]][1] += s in un
                by_stage[s][0] += 1
                by_stage[s][1] += s in un
    print("decision stages present / unstated, by language:", dec)
    print("decision stages present / unstated, by stage:", by_stage)
    print("wrote and checked", len(files), "copies")


if __name__ == "__main__":
    sys.exit(main())
