#!/usr/bin/env python3
"""Writes the labelled copies of the 21 `vv` boards (../boards/) into this folder and checks them.

Each copy is the original board with three fields added after `edges`: `comment`, `expected`, `labelled`.
The originals are json.dumps(indent=2, ensure_ascii=False) + "\n"; the copies are written the same way, so a copy is
byte-for-byte the original up to the closing `]` of `edges` (checked below, together with field equality and order).
Labels, a reason per label and the comments are inline here. Re-running rewrites the 21 copies and checks them.
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
"en-vv01": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("unstated-tradeoff", "data", "'split by SHOW not by episode': choice + alternative, no reason; linked note is an observation"),
    ("unstated-tradeoff", "serving", "'batch at ingest' plain choice; 'backfill of old catalogue TBD' placeholder"),
], "Requirements and monitoring missing. Model states a trade-off: 'picked BiLSTM over 1s frames over the fingerprint-only rule bc cold opens + S1E1 / single films have nothing to match' (choice, alternative, reason), and 'baseline = fingerprint match' names the baseline. Data: 'split by SHOW not by episode' is a choice and an alternative with no reason; the note linked to Data (ops timestamps +-5s off) is an observation. Serving: 'batch at ingest' is a plain choice and 'backfill of old catalogue TBD' a placeholder. Manual ops timestamps = label source. 'GPU job ~3 min/episode' is a time per item with a unit (latency stated). 'skip button used on 38% of plays where shown' counts as an online metric, 'boundary within +-2s: 81%' as an offline one."),
"en-vv02": ([
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("no-baseline", "model", "XGBoost PD + rule caps + limit table: 'rule caps' are guardrails of the policy, not a baseline"),
    ("unstated-tradeoff", "serving", "nightly scoring, 'online scoring maybe later': choice + alternative, no reason"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Features and evaluation missing (metric rules quiet). Data states a trade-off: 'loss label = not repaid within 2 pay cycles, not 1: ~30% of late repayments only land in cycle 2'. Model carries a complete structured trade-off (XGBoost PD + limit table over direct limit regression / RL limit policy, with a reason), so neither trade-off rule fires there; nothing in the model box names a baseline ('rule caps' for new users are guardrails, not a baseline to beat). Serving: nightly scoring with 'online scoring maybe later' is a choice and an alternative with no reason. '< 1s' in Requirements is the latency budget; 'PD calibration drift' covers drift. Monitoring has no arrow back."),
"en-vv03": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("unstated-tradeoff", "model", "'hand weights first, then logistic reg' is a plan; 'later: LTR?' a question; no reason"),
], "Data, serving and monitoring missing. 'scoring fn w/ hand weights first, then logistic reg on picks' names a heuristic baseline and LR. Model states no trade-off: a plan in steps and 'later: LTR?' (a question). Eval has an offline top-3 hit rate ('58% (rule) vs 66% (LR)' is a comparison in Evaluation, not a decision stage) and online '% mtgs scheduled from sugestions'. The label is defined in Framing (Data is missing anyway). '< 300ms' sits in Requirements; Serving is missing."),
"en-vv04": ([
    ("missing-stage", "framing", "no framing box"),
    ("no-baseline", "model", "GPT-4o-mini few-shot; fine-tuning is a rejected alternative, not a baseline"),
    ("missing-online-metric", "evaluation", "writer ratings and leak check are offline; '% bullets edited' is in Monitoring"),
    ("monitoring-no-drift-or-retraining", "monitoring", "edits, time-to-publish, reports, cost, opt-outs: no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "plain list of inputs and scrubbing"),
    ("unstated-tradeoff", "serving", "'streaming into the editor would be nicer but': bare 'but'"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Framing missing. Model states a trade-off: 'fine-tune? we have 1,800 pairs, but org styles differ a lot, so few-shot for now' (choice few-shot, alternative fine-tuning, reason). Data is a plain list of inputs; Serving's 'streaming into the editor would be nicer but' is a bare 'but'. No baseline in the model box. Eval: ratings by 3 tech writers (coverage, invented claims) are offline; no online metric there ('% bullets edited' is in Monitoring). The ~1,800 human-written notes are the targets. 'draft ready within 10 min of tagging' is the latency budget; 'async job ... queue + retries' is the serving mode. Monitoring has no drift/retraining and no arrow back; the note is linked to Evaluation, not a decision stage."),
"en-vv05": ([
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("missing-online-metric", "evaluation", "AUC, top-10% capture, baseline AUC: all offline"),
    ("unstated-tradeoff", "data", "'dropped from training bc their labels are unknown': choice + reason, no alternative"),
], "Model and monitoring missing (no-baseline stays quiet; 'baseline = user's own past no-show rate' sits in Evaluation). Serving states a trade-off: 'score at booking in the booking API (< 200ms), not only the T-24h batch: a deposit must be asked before the booking is confirmed'. Data: '~30% of restaurants never mark no-shows -> dropped from training bc their labels are unknown' is a choice and a reason with no alternative. Eval: AUC and top-10% capture are offline; no online metric. Restaurant-marked outcomes = label source."),
"en-vv06": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("no-baseline", "model", "GBDT + small transformer, LLM on flagged convos: no baseline"),
    ("no-latency-budget", "serving", "hourly batch + near-real-time message flags on the stream, no latency number; requirements missing"),
    ("monitoring-no-drift-or-retraining", "monitoring", "'new scam scripts (keyword spikes)' names no drift/shift/retraining/distribution"),
    ("unstated-tradeoff", "data", "reports + bans = positives; observations"),
    ("unstated-tradeoff", "serving", "hourly batch + stream + banner: plain decisions"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Requirements and evaluation missing. Model states a trade-off: 'LLM over every convo too pricey at ~40M msgs/day, so LLM only on already flagged convos' (rejected option with its defect); it names no baseline. Data and Serving are plain (reports + bans = positives; hourly batch + near-real-time stream). Message flags are produced per message on the stream, so the hourly schedule does not stand in for a latency budget, and neither Serving nor the missing Requirements gives one. Monitoring: 'new scam scripts (keyword spikes)' watches for new patterns but names no drift, shift, distribution or retraining; no arrow back. The note (travellers look like 'location mismatch') is linked to Features."),
"en-vv07": ([
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-online-metric", "evaluation", "backtest WAPE and p90 coverage only"),
    ("unstated-tradeoff", "model", "'global LightGBM', 'will try TFT': later alternative, no reason"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "Features and serving missing. Data carries a complete structured trade-off (tunnel counter as target over POS transactions, because POS misses ~35% of member washes), which also defines the target. Model: 'global LightGBM across sites' with 'will try TFT' names a later alternative with no reason; 'baseline: same weekday last yr x trend' is the baseline. Eval is a backtest only (WAPE vs baseline, p90 coverage): no online metric. Monitoring: 'membership growth shifts mix' is read as a watched distribution shift (not labelled); no arrow back."),
"ru-vv01": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("unstated-tradeoff", "model", "«трансформер … — потом»: deferred alternative, no reason"),
    ("unstated-tradeoff", "serving", "«имя + 4 цифры, потому что …»: choice + reason, no alternative; hybrid without a reason"),
], "Нет требований, данных и мониторинга. Модель: «трансформер по последовательности переводов — потом» — отложенная альтернатива без причины; бейзлайн назван («сортировка по давности»). Сервинг: «в подсказке имя + 4 последние цифры, потому что ошибочный перевод = жалоба» — выбор и причина без альтернативы; гибрид (предрасчёт раз в сутки + контекст при открытии экрана) без причины. Бюджет «ответ < 80 мс» в сервинге. Оценка: recall@5 офлайн и доля переводов через подсказку онлайн; «vs 0,58 у давности» — сравнение в оценке, а не решение в стадии решения."),
"ru-vv02": ([
    ("missing-stage", "evaluation", "no evaluation box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "CatBoost + «правила по дилерам из стоп-листа» (part of the system, not a baseline)"),
    ("unstated-tradeoff", "data", "confirmed cases, imbalance: plain"),
    ("no-feedback-loop", "monitoring", "only arrow m -> mo"),
], "Нет оценки и сервинга (правила метрик, режима и задержки молчат). Модель формулирует компромисс: «CatBoost, а не нейросеть: признаки ~80 табличных, и службе безопасности нужно объяснение». «+ правила по дилерам из стоп-листа» — часть системы, а не бейзлайн, с которым сравнивают. Данные: метки из заявлений абонентов и сигналов банков, но ни выбора с альтернативой, ни причины. Мониторинг называет дрейф («дрейф на новых схемах (eSIM!)»), но стрелки назад к данным или модели нет. Заметка, привязанная к модели, — наблюдение."),
"ru-vv03": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "features", "no features box"),
    ("no-baseline", "model", "Prophet is a compared alternative, not named as a baseline"),
    ("missing-online-metric", "evaluation", "backtest WAPE only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "WAPE, contractor share, reschedules, cancellations"),
    ("unstated-tradeoff", "data", "plain description of the data"),
    ("unstated-tradeoff", "serving", "«ежедневный пересчёт …? обсуждаем»: a question, nothing chosen"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет постановки и признаков; заголовки по-английски. Модель: «пробовали Prophet на итог по дням — на 8 п.п. WAPE хуже, оставили booking curve» — компромисс (результат сравнения); Prophet здесь — сравниваемая альтернатива, а не названный бейзлайн. Сервинг: «плюс ежедневный пересчёт на ближние дни? обсуждаем» — вопрос, выбора нет. «Батч по понедельникам» — режим и расписание пакетной задачи; запросов по одному нет, поэтому расписание заменяет бюджет задержки. Оценка — только бэктест (WAPE), онлайн-метрики нет. Мониторинг без дрейфа и без стрелки назад. 3 года заказов со сборкой = источник таргета прогноза."),
"ru-vv04": ([
    ("missing-stage", "model", "no model box"),
    ("monitoring-no-drift-or-retraining", "monitoring", "«новые анализаторы/референсы» names no drift/retraining/distribution"),
    ("unstated-tradeoff", "data", "«историю прошлых анализов — позже»: deferred, no alternative or reason"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет модели. Сервинг формулирует компромисс: «выбрали генерацию в очереди, а не при открытии кабинета: врач должен успеть выборочно проверить». Данные: «историю прошлых анализов пациента — позже» — отложено, без альтернативы и причины. Пояснения, написанные врачами, = целевые тексты. Оценка: ошибки по разметке двух терапевтов — офлайн, опрос 200 пациентов («понятно 82%») засчитан как онлайн-метрика. «< 30 с после валидации» в требованиях — бюджет задержки. Мониторинг: «новые анализаторы/референсы» не назван дрейфом или переобучением; стрелки назад нет."),
"ru-vv05": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "data", "no data box"),
    ("no-baseline", "model", "baseline «ручная проверка по жалобам» is only in Evaluation"),
    ("missing-online-metric", "evaluation", "recall/precision on 800 labelled pairs: offline only"),
    ("monitoring-no-drift-or-retraining", "monitoring", "«зима/грязь» names no drift/retraining/distribution"),
    ("unstated-tradeoff", "model", "«Siamese-сеть … — можно, но»: bare 'but'"),
    ("unstated-tradeoff", "serving", "«штраф не автоматом — только в очередь сотруднику»: choice + alternative, no reason"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет требований и данных. Модель: «Siamese-сеть по парам фото — можно, но» — голое «но»; бейзлайн («ручная проверка по жалобам») есть только в оценке, в блоке модели его нет. Сервинг: проверка качества фото on-device + сравнение на сервере «< 2 мин» (режим и бюджет есть); «штраф не автоматом — только в очередь сотруднику» — выбор и альтернатива без причины. Оценка только офлайн (recall/precision на 800 парах). Мониторинг: «зима/грязь» — не названы ни дрейф, ни переобучение; стрелки назад нет. Заметка привязана к признакам."),
"ru-vv06": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "«правило по истории VIN» is part of the decision, not a baseline"),
    ("missing-online-metric", "evaluation", "recall/precision on cars with history only"),
    ("unstated-tradeoff", "data", "VIN history and labels: plain"),
], "Нет постановки, сервинга и мониторинга. Модель несёт полный структурный компромисс (CatBoost + правило по VIN вместо одной модели на всё, с причиной), так что правила компромиссов там молчат; «правило по истории VIN» — часть решения, а не бейзлайн. Данные: метки (~30 тыс. случаев по истории VIN) без компромисса. Оценка только офлайн (recall 0,64 при precision 0,7); «как оценить … — непонятно» — вопрос."),
"ru-vv07": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("monitoring-no-drift-or-retraining", "monitoring", "revenue, repeat cancels, discount hunters, complaints"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "Нет данных, модели и оценки. Сервинг формулирует компромисс: «онлайн-скоринг в сервисе подписок, а не батч-предрасчёт: причина отмены из опроса известна только на экране». «< 200 мс» в требованиях. «удержанная выручка за 6 мес, а не доля оставшихся» стоит в требованиях, а не в стадии решения. Мониторинг без дрейфа и без стрелки назад."),
"zh-vv01": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "two-tower retrieval + MMoE ranking, GBDT only as the rejected alternative"),
    ("serving-mode", "serving", "feature refresh every 10 min to Redis, demotion rule, GPU/CPU TBD: how lists are scored is not said"),
    ("unstated-tradeoff", "serving", "«精排用 GPU 还是 CPU 待定»: placeholder"),
], "缺数据和监控。模型有完整的结构化取舍（MMoE 多任务 而非 两个独立 GBDT，有理由），两条取舍规则在模型都不报；模型框没有基线（双塔是召回步骤，GBDT 是被否掉的备选）。上线：“精排用 GPU 还是 CPU 待定”只是待定；“候选人特征每 10 分钟更新到 Redis”是特征刷新，没说列表怎么打分（批量还是按请求），按未说明上线方式标注。需求里“列表 p99 < 200ms”满足延迟预算。评估有离线 AUC 和线上 A/B（回复率、约面）。"),
"zh-vv02": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("monitoring-no-drift-or-retraining", "monitoring", "on-time rate, urge rate, reschedule rate"),
    ("unstated-tradeoff", "data", "order and pickup-scan times, an observation: plain"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "缺问题定义、模型和评估。上线有取舍：“时间窗用 1 小时不用 30 分钟: 30 分钟窗准时率只有 61%”。数据只列字段和一条观察，没有取舍；揽收扫码时间就是上门时间预测的记录量，算标签来源（问题定义缺失，任务从标题和上线框看是时间预测）。“下单时在线预测”是上线方式，需求“下单后 1s 内”和“超时 50ms”是延迟。监控（准时率、催单率、改约率）无漂移/重训，也没有回到数据或模型的箭头。"),
"zh-vv03": ([
    ("missing-stage", "requirements", "no requirements box"),
    ("missing-stage", "serving", "no serving box"),
    ("no-baseline", "model", "Qwen2.5-14B LoRA + word filter: no baseline"),
    ("unstated-tradeoff", "data", "«挑 top 20% …，因为这些话术转化高»: choice + reason, no alternative"),
    ("unstated-tradeoff", "model", "«全参 SFT 还是 LoRA？先 LoRA»: choice + alternative, no reason; linked note is an observation"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "缺需求和上线。数据：“按 GMV/分钟 挑 top 20% 做 SFT 数据，因为这些话术转化高”有选择和理由，但没有备选；模型：“全参 SFT 还是 LoRA？先 LoRA”有选择和备选，但没有理由；连到模型的备注（逼单、夸大功效会被学过来）是风险观察，不是决定。模型框没有基线。评估：人工评 300 条（离线）+ 商家采纳率 44%（线上）。监控“类目分布变化”算是在看分布；没有回边。"),
"zh-vv04": ([
    ("missing-stage", "features", "no features box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "T-learner / X-learner / causal forest: '推 vs 不推' is treatment vs control, not a baseline"),
    ("unstated-tradeoff", "data", "marketing records, holdout, delinquency: plain"),
    ("unstated-tradeoff", "model", "«X-learner 还是因果森林，没定»: options, no choice"),
], "缺特征和监控。上线有完整的结构化取舍（T+1 批量名单 而非 App 打开时实时决策，有理由）；每月出账日 T+1 批量，不按请求服务，排期代替延迟预算。模型：“折扣: X-learner 还是因果森林，没定”只列选项没选；“推 vs 不推”是处理组与对照组，不是取舍；模型框没有基线。数据是营销记录 + ~8% 随机留白 + 分期后逾期，算标签来源，但没有取舍。评估有 Qini（离线）和线上留白 A/B（手续费收入、投诉）。"),
"zh-vv05": ([
    ("missing-stage", "data", "no data box"),
    ("missing-stage", "evaluation", "no evaluation box"),
    ("missing-stage", "monitoring", "no monitoring box"),
    ("no-baseline", "model", "YOLOv8n + CRNN; Transformer OCR is a rejected alternative"),
    ("unstated-tradeoff", "serving", "«边缘盒子本地推理，断网也能抬杆»: choice + reason, alternative (cloud) not named"),
], "缺数据、评估和监控。模型有取舍：“端侧用 CRNN 不用 Transformer OCR: 盒子只有 6 TOPS NPU，Transformer 跑不进 1s”；模型框没有基线。上线：“边缘盒子 (RK3588) 本地推理，断网也能太杆”有选择和理由，但没有点名备选（云端识别），不算取舍；边缘盒子本身说明了上线方式。需求里“识别 + 抬杆 < 1s”是延迟预算。"),
"zh-vv06": ([
    ("missing-stage", "framing", "no framing box"),
    ("missing-stage", "features", "no features box"),
    ("no-baseline", "model", "GraphSAGE + LightGBM weighted: no baseline (script rules are in Data)"),
    ("monitoring-no-drift-or-retraining", "monitoring", "appeal rate, gold price, device clusters"),
    ("unstated-tradeoff", "data", "ban records as labels, logs, graph: plain; linked note '真人代练，不是脚本' is an observation"),
    ("unstated-tradeoff", "model", "«两者加权，权重待调»: placeholder"),
    ("no-feedback-loop", "monitoring", "only arrow s -> mo"),
], "缺问题定义和特征。上线有取舍：“高分先限制交易 7 天再封，不直接封: 直接封申诉太多，限制交易可以回滚”。模型：“两者加权，权重待调”是待定；模型框没有基线（脚本检测规则在数据框）。数据：封号记录作标签；连到数据的备注“很多'工作室'是真人代练，不是脚本”是观察，不是决定。“每天凌晨批量跑图”是批量上线，不按请求服务，排期代替延迟预算。评估有上线后金币产出/消耗比（线上）。监控（申诉率、金价、设备聚集）无漂移/重训，没有回边。"),
"zh-vv07": ([
    ("missing-stage", "model", "no model box"),
    ("missing-stage", "serving", "no serving box"),
    ("missing-online-metric", "evaluation", "backtest WAPE and a simulated ordering replay: offline"),
    ("monitoring-no-drift-or-retraining", "monitoring", "waste/stock-out rates, new-item error, manual edits"),
    ("no-feedback-loop", "monitoring", "only arrow ev -> mo"),
], "缺模型和上线。数据有取舍：“缺货的店日用售罄时刻修正需求，不直接用销量: 否则越缺货预测越低”。2 年 POS 销售就是预测目标的记录量，算标签来源。评估：回测 WAPE（离线）；“模拟订货: 报废 13% -> 9.5%”是离线模拟，不是线上指标。监控（报废率/缺货率、新品误差、店长改单）无漂移/重训，没有回边。"),
}


def stages_of(board):
    return {n["stage"] for n in board["nodes"] if n["stage"] != "note"}


def sanity(prefix, board, expected):
    present = stages_of(board)
    missing = [s for s in STAGES if s not in present]
    got_missing = [s for r, s, _ in expected if r == "missing-stage"]
    assert got_missing == missing, (prefix, got_missing, missing)
    for r, s, _ in expected:
        assert r in RULES and s in STAGES, (prefix, r, s)
        if r != "missing-stage":
            assert s in present, (prefix, "content rule on missing stage", r, s)
        if r in ("unstated-tradeoff", "incomplete-tradeoff"):
            assert s in DECISION, (prefix, r, s)
        if r == "no-feedback-loop":
            assert s == "monitoring" and board["edges"], prefix
    keys = [(r, s) for r, s, _ in expected]
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
    # decision stages present
    dec = {"en": [0, 0], "zh": [0, 0], "ru": [0, 0]}
    for f in files:
        prefix = f[:7]
        with open(os.path.join(BOARDS, f), encoding="utf-8") as fh:
            board = json.load(fh)
        un = {s for r, s, _ in LABELS[prefix][0] if r == "unstated-tradeoff"}
        for s in DECISION:
            if s in stages_of(board):
                dec[prefix[:2]][0] += 1
                dec[prefix[:2]][1] += s in un
    print("decision stages present / unstated:", dec)
    print("wrote and checked", len(files), "copies")


if __name__ == "__main__":
    sys.exit(main())
