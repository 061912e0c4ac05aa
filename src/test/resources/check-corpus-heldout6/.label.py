#!/usr/bin/env python3
"""Writes the labelled copies of the 21 `xx` boards (../boards/) into this folder and checks them.

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
"en-xx01": ([
    ("missing-stage", "evaluation", "no evaluation box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "'popularity+goal filter -> 300 candidates' is a candidate step of the system; SASRec is the rejected alternative of the row"),
    ("unstated-tradeoff", "data", "sessions, popular-first home list, onboarding goals: plain"),
    ("unstated-tradeoff", "serving", "'precompute top 50 nightly, rerank online' + fallback: plain, no alternative or reason"),
], "Evaluation and monitoring missing (metric and monitoring rules quiet). Model carries a complete structured trade-off (GBDT ranker over SASRec, because 8k items, sparse history, +1% offline only), so neither trade-off rule fires there; the popularity+goal filter is the candidate step of the system, not a baseline, and SASRec is a rejected alternative. Data ('only from current home (popular-first list)') is an observation, Serving (nightly precompute + online rerank: hybrid mode) a plain decision. Label defined in Framing ('completed >= 80%'). 'p95 < 200ms' in Requirements is the latency budget."),
"en-xx02": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "features", "no features box"),
    ("no-baseline", "model", "EfficientNet + text/price GBDT, 'maybe CLIP later': no baseline"),
    ("missing-online-metric", "evaluation", "PR-AUC, recall@precision on a time split: offline only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "block rate, appeal overturn rate, queue size: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "authenticator verdicts + buyer claims: plain; the linked note is an observation"),
    ("unstated-tradeoff", "model", "'maybe CLIP later': a later option, nothing weighed, no reason"),
    ("unstated-tradeoff", "serving", "'sync would be nicer for sellers but': a bare 'but', no reason for async"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Requirements and features missing. Model: 'maybe CLIP later' is a later option with no reason; no baseline. Serving: 'score at listing submit, < 3s async' gives the mode (per listing) and the latency, but 'sync would be nicer for sellers but' is a bare 'but' with no reason for async. Data names the labels (authenticators' verdicts, buyer claims); the linked note ('unsold fakes never labelled') is an observation, not a decision. Eval is offline only (PR-AUC, recall@precision 0.9); appeal overturn rate sits in Monitoring and does not count. Monitoring names no drift/retraining; no arrow back."),
"en-xx03": ([
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("missing-online-metric", "evaluation", "MAE vs rule and a waste simulation: offline only"),
    ("unstated-tradeoff", "data", "galley return counts, pre-orders, bookings: plain"),
], "Model, serving and monitoring missing (no-baseline, serving-mode, no-latency-budget and monitoring rules quiet). Data is plain. 2 yrs of galley return counts = the recorded quantity of the count regression (label source stated). Eval: MAE 3.1 vs the 'pax x fixed split' rule (offline) and a waste simulation (offline, not an online metric). 'regression, or quantile?' is a question in Framing, not a decision stage."),
"en-xx04": ([
    ("missing-stage", "data", "no data box"),
    ("no-baseline", "model", "GPT-4o via API; human agents' 83% is only in Evaluation"),
    ("serving-mode", "serving", "cancellations first, rate limit per booking, logging, 'GPT-4o vs Llama: TBD': no mode"),
    ("monitoring-no-drift-or-retraining", "monitoring", "handoff rate, refunds vs policy, sampled violations, latency, tool errors: no drift/retraining/distribution"),
    ("unstated-tradeoff", "model", "'best at tool calls in our tests': choice + reason, no alternative named"),
    ("unstated-tradeoff", "serving", "'GPT-4o vs own fine-tuned Llama: TBD': placeholder"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Data missing (no-label-source quiet). Model: 'GPT-4o via API for planning - best at tool calls in our tests' is a choice and a reason with no alternative named; no baseline (human agents' success sits only in Evaluation). Serving: 'GPT-4o vs own fine-tuned Llama: TBD' is a placeholder, and the box (cancellations first, rate limit per booking, logging) names no serving mode; 'first answer < 5s' in Requirements is the latency budget. Eval: task success on 400 replayed chats (offline) and CSAT in a pilot (online). Monitoring names no drift/retraining; no arrow back."),
"en-xx05": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("no-baseline", "model", "1D CNN; GBDT on hand feats is the rejected alternative, the speed gate is part of the system"),
    ("no-latency-budget", "serving", "'20s countdown' is a designed wait before calling, not a detection latency; requirements give none"),
    ("monitoring-no-drift-or-retraining", "monitoring", "countdowns vs cancels, calls placed, dispatcher feedback, by phone model: no drift/retraining/distribution"),
    ("unstated-tradeoff", "model", "'1D CNN instead of GBDT on hand feats, ~200k params': choice + alternative, no reason"),
    ("unstated-tradeoff", "serving", "runs while driving, 20s countdown, cancel: plain"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Framing and evaluation missing (metric rules quiet). Data states a trade-off: 'sled + sim over real crash logs: only ~40 real labelled crashes'. Model: 'small 1D CNN on raw sensors instead of GBDT on hand feats, ~200k params' is a choice and an alternative, no reason (~200k params is a size); the linked note (pocket vs cupholder vs dash) is an observation. GBDT is the rejected alternative and the speed rule gate part of the system, so no baseline. Serving ('runs only when driving detected', countdown, cancel) is plain; read as stating the mode (on the phone, while driving; 'on-device only' in Requirements), but no latency number: the 20s countdown is a designed wait, not a detection budget. Crashes + normal driving + hard negatives = labels. Monitoring names no drift/retraining; no arrow back."),
"en-xx06": ([
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "XGBoost PD + limit table; the old scorecard is only in Evaluation, NN is the rejected alternative"),
    ("missing-online-metric", "evaluation", "AUC and a loss-rate simulation: offline only"),
    ("unstated-tradeoff", "data", "'reject inference?': a question"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "Features and serving missing (serving-mode quiet; '< 300ms' in Requirements anyway). Model carries a complete structured trade-off (XGBoost + monotonic constraints over an NN on raw bureau data, because reason codes + 300ms), so neither trade-off rule fires there; the old scorecard (0.71) sits only in Evaluation, so the model box names no baseline. Data: 'only approved plans have outcomes … reject inference?' ends in a question. Outcome after 6 weeks + target in Framing = label source. Eval: AUC (offline) and a loss-rate simulation (offline), no online metric. Monitoring watches 'PSI on inputs' (input distribution shift), so the drift rule is quiet; no arrow back."),
"en-xx07": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("unstated-tradeoff", "serving", "'batch daily at 06:00 for arrivals T+3, prices into email template': plain"),
], "Requirements, data and monitoring missing (requirements-no-number, no-label-source and monitoring rules quiet). Model states a trade-off: 'vs contextual bandit, bandit would explore but needs traffic, picked LR because only ~2k offers/day/hotel group'; logistic regression is read as the baseline (as en-s07, en-ww07). Serving: 'batch daily at 06:00' is the mode, and the schedule stands in for a latency budget (nothing served per request), but no trade-off. Eval: AUC (offline) and a 6-week A/B (online). The note is linked to Evaluation, not a decision stage."),
"ru-xx01": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "'CatBoost YetiRank поверх BM25 top 500': BM25 is the retrieval step; «vs BM25» only in Evaluation"),
    ("monitoring-no-drift-or-retraining", "monitoring", "пустая выдача, переформулировки, запросы без кликов, доля рецептурных: no drift/retraining/distribution"),
    ("unstated-tradeoff", "model", "«CatBoost YetiRank …, т.к. признаки табличные»: choice + reason, no alternative"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "Нет требований и сервинга. Данные формулируют компромисс: «разметка асессоров 4 тыс. запросов (0-3), а не только клики: клики смещены к первой позиции». Модель: «CatBoost YetiRank поверх BM25 top 500, т.к. признаки табличные» — выбор и причина без альтернативы; BM25 — шаг отбора кандидатов (как ES в ru-s01), а «vs BM25 0,52» есть только в оценке, так что бейзлайна в блоке модели нет. Оценка: NDCG@10 (офлайн) и A/B: выкупы на поиск +5% (онлайн). Мониторинг без дрейфа («доля рецептурных в топе» — доля, а не распределение) и без стрелки назад."),
"ru-xx02": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "features", "no features box"),
    ("no-baseline", "model", "ruBERT + graph + CatBoost: no baseline"),
    ("missing-online-metric", "evaluation", "precision/recall on moderator labels: offline only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "доля скрытых, апелляции, восстановленные: no drift/retraining/distribution"),
    ("unstated-tradeoff", "serving", "«граф … раз в сутки, потом онлайн?»: a question / later"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет данных и признаков (no-label-source молчит). Модель формулирует компромисс: «граф, а не только текст: тексты с бирж пишут люди, по тексту их не отличить»; бейзлайна нет; заметка к модели («разметка — старые решения модераторов») — наблюдение. Сервинг: «батч каждые 5 мин» — режим есть, «< 10 мин» в требованиях — бюджет, но «потом онлайн?» — вопрос, компромисса нет. Оценка только офлайн (precision 0,88 при recall 0,41); апелляции в мониторинге не считаются. Мониторинг без дрейфа («доля скрытых по категориям» — доля, а не распределение) и без стрелки назад."),
"ru-xx03": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "ARIMA is the compared alternative; «среднее за 4 недели» only in Evaluation"),
    ("missing-online-metric", "evaluation", "WAPE and a simulation of trips: offline only"),
    ("unstated-tradeoff", "data", "«спрос обрезан, но пока не чистим»: a bare 'но' / for now, no alternative weighed"),
], "Нет постановки, сервинга и мониторинга. Модель формулирует компромисс: «пробовали ARIMA по каждому — хуже, и 12 тыс. моделей сложно держать»; ARIMA — сравниваемая альтернатива, а «среднее за 4 недели» есть только в оценке, так что бейзлайна в блоке модели нет. Данные: «спрос обрезан, но пока не чистим» — «но» и «пока», без причины. 3 года снятий по дням = записанная величина прогноза (источник таргета). Оценка: WAPE и симуляция выездов — обе офлайн, онлайн-метрики нет."),
"ru-xx04": ([
    ("missing-stage", "model", "no model box"),
    ("monitoring-no-drift-or-retraining", "monitoring", "доля принятых, AHT, CSAT, жалобы, QA 1%: no drift/retraining/distribution"),
    ("unstated-tradeoff", "serving", "on-prem, 8xA100, vLLM, when the client stops typing: plain"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет модели (no-baseline молчит). Данные формулируют компромисс: «ответы только 'хороших' операторов (CSAT >= 4,5), а не все: у слабых много шаблонных отписок»; ответы операторов = целевые тексты (источник разметки). Сервинг: on-prem, vLLM, «подсказка появляется, когда клиент закончил печатать» — режим (по событию) есть, «< 2 с» в требованиях, но компромисса нет (причина on-prem только в требованиях). Оценка: эксперты на 600 диалогах (офлайн) и пилот: AHT -14% (онлайн). Мониторинг без дрейфа и без стрелки назад."),
"ru-xx05": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("no-baseline", "model", "fine-tuned ViT-B + OCR + regex: the regex is part of the system, not a baseline"),
    ("monitoring-no-drift-or-retraining", "monitoring", "доля отклонённых, апелляции, % отменённых модератором: no drift/retraining/distribution"),
    ("unstated-tradeoff", "model", "ViT-B with heads, OCR + regex: plain"),
    ("unstated-tradeoff", "serving", "очередь, < 15 мин, батчи по 256: plain"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет требований и оценки (правила метрик молчат). Данные несут полный структурный компромисс (разметка модераторами 300 тыс. вместо разметки VLM на 3 млн, с причиной), так что правила компромиссов там молчат. Модель и сервинг — решения без компромисса; «OCR + регулярки» — часть системы, не бейзлайн. Сервинг: «очередь» — режим, «< 15 мин» — бюджет. Мониторинг без дрейфа и без стрелки назад."),
"ru-xx06": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "features", "no features box"),
    ("no-baseline", "model", "Poisson GLM is the chosen model, GBDT the compared one; neither named a baseline, GLM is not LR"),
    ("missing-online-metric", "evaluation", "Gini and top-20% loss share: offline only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "доля со скидкой, убыточность по баллам, 'не я за рулём': no drift/retraining/distribution"),
    ("unstated-tradeoff", "serving", "«на телефоне, а не на сервере»: choice + alternative, reason only in Requirements"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет данных и признаков. Модель формулирует компромисс: «GBDT даёт чуть лучше, но актуарии и ЦБ хотят GLM / выбрали GLM, потому что надо объяснять тариф»; Poisson GLM — выбранная модель, GBDT — сравниваемая, бейзлайном ни одна не названа (GLM — не LR). Сервинг: «поездки считаются на телефоне, а не на сервере» — выбор и альтернатива, причина (батарея) только в требованиях; режим (на телефоне, агрегаты ночью, балл 1-го числа) есть, расписание заменяет бюджет задержки. Оценка: Gini и доля убытков в топ-20% — офлайн. Мониторинг («убыточность по баллам») без дрейфа и без стрелки назад. Заметка привязана к оценке."),
"ru-xx07": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "model", "no model box"),
    ("missing-online-metric", "evaluation", "AUC vs bank scoring, by cohort: offline only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "просрочка 30+, доля принявших, падение GMV, концентрация: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "«но нет данных по продажам на других площадках»: an observation with a bare 'но'"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет постановки и модели (no-baseline молчит). Сервинг формулирует компромисс: «еженедельный батч, не онлайн: GMV меняется медленно, онлайн-скоринг банку не нужен»; недельное расписание заменяет бюджет задержки. Данные: «но нет данных по продажам на других площадках» — наблюдение с «но»; история 25 тыс. кредитов с дефолтами = метки. Оценка: AUC 0,76 vs скоринг банка — офлайн, онлайн-метрики нет. Мониторинг без дрейфа («концентрация в категориях» — риск портфеля, не распределение скоров) и без стрелки назад."),
"zh-xx01": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "two-tower recall + MMoE: no baseline"),
    ("unstated-tradeoff", "model", "'a/b/c 待定': placeholder"),
], "缺数据和监控。上线有完整的结构化取舍（新剧 5% 探索流量 而非 纯按预估分排，有理由和代价），两条取舍规则在上线都不报；“排序在线”是上线方式，需求“p99 < 150ms”是延迟预算。模型：双塔 + MMoE，“a/b/c 待定”是占位，没有基线。排序目标在问题定义里。评估：离线 AUC + A/B（线上）。"),
"zh-xx02": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("serving-mode", "serving", "'规则+词典先跑, 置信度低的走模型' is a cascade, no mode; '下单时' is only in Requirements"),
    ("monitoring-no-drift-or-retraining", "monitoring", "错分率, 低置信度占比, 新小区没进词典: no drift/retraining/distribution named"),
    ("unstated-tradeoff", "data", "运单 + 派送网点 + 2 万条人工标注: plain"),
    ("unstated-tradeoff", "serving", "'模型用 BERT 还是 BiLSTM-CRF？': a question"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "缺问题定义、模型和评估（no-baseline 和指标规则不报）。数据：历史运单 + 实际派送网点（派件员扫码）+ 人工标注 2 万条 = 标签来源，没有取舍。上线：“规则+词典先跑, 置信度低的走模型”是级联结构，没有说上线方式（“下单时解析 < 50ms”只在需求里，延迟预算由需求给出）；“模型用 BERT 还是 BiLSTM-CRF？”是问题。监控：“每日低置信度占比”是占比，不是分布，“新小区/新道路没进词典”没说漂移或重训；没有回边。"),
"zh-xx03": ([
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "LightGBM; Prophet is the compared alternative, '上周同时段' only in Evaluation"),
    ("missing-online-metric", "evaluation", "WAPE vs last week: offline only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "WAPE, 报损率, 售罄, 平台活动告警: no drift/retraining/distribution named"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "缺特征和上线。数据有取舍：“外卖也算进来, 不只堂食: 外卖占 ~45%, 漏掉会系统性低估”；备注（平台限单看不到）是观察。模型有取舍：“比 Prophet 单店模型好, 3000 个店各自调参太费”；Prophet 是比较过的备选，“baseline 上周同时段”只在评估里，模型框没有基线。2 年 POS 小时杯量 = 预测量的记录（标签来源）。评估只有离线 WAPE。监控：“外卖平台活动突然上线 -> 告警”是外部变化告警，没说漂移或重训；没有回边。"),
"zh-xx04": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "fine-tuned Qwen2.5-7B + banned-word rules + classifier; the external API is the rejected alternative"),
    ("unstated-tradeoff", "data", "'点击率前 20% 的标题 (已经被搜索验证过)': choice + reason, no alternative"),
    ("unstated-tradeoff", "serving", "点'生成', < 4s, QPS 300, vLLM: plain"),
], "缺需求和监控。模型有完整的结构化取舍（自部署 Qwen2.5-7B 微调 而非 外部大模型 API，有理由），两条取舍规则在模型都不报；外部 API 是被否掉的备选，违禁词规则是系统的一部分，模型框没有基线。数据：“点击率前 20% 的商品标题（已经被搜索验证过）”是选择和理由，没有备选；优质标题 + 3000 条 golden = 生成目标（标签来源）。上线：点“生成”后 < 4s 返回（每次请求 + 延迟），没有取舍。评估：人工评分（离线）+ A/B（线上）。"),
"zh-xx05": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "YOLOv8n; YOLOv8s is the compared alternative"),
    ("monitoring-no-drift-or-retraining", "monitoring", "报警次数, 误报率, 掉线率, 新车型识别率: no drift/retraining/distribution named"),
    ("no-feedback-loop", "monitoring", "only arrow m -> mo"),
], "缺数据、评估和上线。模型有取舍：“用 n 不用 s：s 在盒子上 180ms/帧, n 45ms, mAP 只差 2 个点”；s 是比较过的备选，没有基线。监控：“新车型 (折叠电动车) 识别率”是新类别的识别率，没说漂移或重训；没有回边。"),
"zh-xx06": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "three options, none a baseline; '现在规则' only in Evaluation"),
    ("unstated-tradeoff", "data", "'只有被打过的客户有标签 …, 但先用着': a bare '但' / for now"),
    ("unstated-tradeoff", "model", "'方案: … / … / uplift 模型': options, none chosen"),
    ("unstated-tradeoff", "serving", "每月 1 号跑批, 剔除名单: plain; the linked note is a question"),
], "缺问题定义和监控。数据：“只有被打过的客户有标签 (历史名单是规则挑的), 但先用着”是“但”+暂定，没有理由；外呼记录 + 是否办理 = 标签。模型：三个方案，没有选择，也没有基线（“现在规则 2.6%”只在评估里）。上线：“每月 1 号跑批”是方式，排期代替延迟预算；没有取舍，连到上线的备注是问题。评估：AUC（离线）+ 小流量实验（线上）。"),
"zh-xx07": ([
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("unstated-tradeoff", "data", "订单 + 是否取消 + 取消原因: plain"),
    ("unstated-tradeoff", "serving", "'不收取消费? 待定': placeholder"),
], "缺模型、评估和监控。数据：近 60 天订单 + 是否取消 = 标签，没有取舍。上线：“特征实时从 Flink 算, 模型在派单服务里打分”是实时方式，需求“派单决策 < 50ms”是延迟预算；“不收取消费? 待定”是占位。"),
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
