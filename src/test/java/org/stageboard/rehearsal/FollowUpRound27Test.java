package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 27, in English, Chinese and Russian: a question worded for a kind of system waits for
 * the board to have that kind of thing. A language model whose output is a label or spans ("gpt-4o-mini -> label +
 * reason", "Llama … output JSON spans", «LLM → метка + причина», "大模型 → 输出标签") gives no generated answers to grade or
 * to catch hallucinating; one that drafts or summarises, or fills fields into JSON, still does. A model that runs on the device (a speaker, a
 * band) has no replicas or shards to scale; the same model served behind an API still has. A count made overnight
 * (video copied to the depot at night, «считаем ночью», "夜间批量") has no peak QPS; a count per request still has.
 * A board that says where its positives come from (merchant appeals «= позитив», "报备笔记当正样本") has said where its
 * labels come from, so the cost of labelling images is not its question; a board of photos with no label source
 * still is asked.
 */
class FollowUpRound27Test {
    private static final String SAFETY = "g.monitoring.generation-safety";
    private static final String GRADING = "g.evaluation.generation";
    private static final String SERVING_SCALE = "g.serving.scale";
    private static final String QPS = "g.requirements.scale";
    private static final String IMAGE_LABELS = "g.data.vision-labels";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM moderation of tutoring requests;gpt-4o-mini + policy prompt + few-shot -> label + reason;"
            + "gpt-4o-mini + policy prompt drafts a reply to the student",
        "LLM redaction proposals;Llama 3.1 70B self-hosted + vLLM, prompt with statute, output JSON spans;"
            + "Llama 3.1 70B self-hosted + vLLM, prompt with statute, drafts a summary of the file",
        "辅导平台大模型审核;大模型 + 规则 prompt → 输出标签 + 理由;大模型 + 规则 prompt → 生成回复草稿给学生",
        "LLM-модерация заявок;LLM + промпт с правилами → метка + причина;LLM + промпт с правилами → черновик ответа студенту"})
    void anLlmThatOutputsALabelHasNoGeneratedAnswers(String title, String labels, String drafts) {
        Board labelling = llm(title, labels);
        assertFalse(ids(labelling).contains(SAFETY), ids(labelling).toString());
        assertFalse(ids(labelling).contains(GRADING), ids(labelling).toString());
        // near miss: the same model writing text for people is still asked how its answers are caught and graded
        Board drafting = llm(title, drafts);
        assertTrue(ids(drafting).contains(SAFETY) || ids(drafting).contains(GRADING), ids(drafting).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM structuring of drug package inserts;Qwen2.5-72B self-hosted, section by section, output JSON with dose fields",
        "药品说明书结构化;Qwen2.5-72B 私有化，按章节抽取，输出 JSON（剂量字段）",
        "Структурирование инструкций к лекарствам;Qwen2.5-72B у себя, по разделам, на выходе JSON с полями доз"})
    void fieldsExtractedIntoJsonCanStillBeMadeUp(String title, String model) {
        // near miss: a model filling in fields writes values it may invent, so hallucinations are still asked about
        Board extracting = board(title, Stage.FRAMING, "each insert -> fixed schema, LLM extraction + rule checks",
                Stage.DATA, "60k inserts, 30% scans", Stage.MODEL, model, Stage.EVALUATION,
                "300 hand-checked inserts: field accuracy 96%", Stage.SERVING, "offline batch, key fields checked by pharmacists");
        assertTrue(ids(extracting).contains(SAFETY), ids(extracting).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Glass-break detection on a smart speaker;on the speaker NPU, on-device, model < 300 KB;"
            + "speaker streams audio to our API, GPU pods behind a load balancer",
        "智能音箱玻璃破碎检测;端侧 NPU 推理，模型 < 300 KB;音箱把音频传到云端 API，GPU 集群",
        "Умная колонка: разбитое стекло;на устройстве, NPU, модель < 300 КБ;колонка шлёт аудио в облачный API, GPU-кластер"})
    void aModelOnTheDeviceHasNoReplicasToScale(String title, String onDevice, String served) {
        Board device = speaker(title, onDevice);
        assertFalse(ids(device).contains(SERVING_SCALE), ids(device).toString());
        // near miss: the same model served in the cloud still scales with traffic
        Board cloud = speaker(title, served);
        assertTrue(ids(cloud).contains(SERVING_SCALE), ids(cloud).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Passenger counting from bus door cameras;video copied to the depot over Wi-Fi overnight, counted on a server;"
            + "counted on a server per request from the dispatch app",
        "公交车门摄像头上下车人数计数;视频夜间通过 Wi-Fi 拷到车场，在服务器上计数;调度 App 每次请求时在服务器上计数",
        "Подсчёт пассажиров по камерам дверей;видео копируем в депо по Wi-Fi ночью и считаем на сервере;"
            + "считаем на сервере по запросу диспетчерского приложения"})
    void aCountMadeOvernightHasNoPeakQps(String title, String overnight, String perRequest) {
        Board night = counting(title, overnight);
        assertFalse(ids(night).contains(QPS), ids(night).toString());
        // near miss: counting on each request still has a peak load to size for
        Board live = counting(title, perRequest);
        assertTrue(ids(live).contains(QPS), ids(live).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Refund abuse rings;orders, refund requests, evidence photos; refunds merchants won on appeal = positives",
        "电商仅退款团伙识别;订单、退款申请、凭证图片;商家申诉成功的仅退款 = 正样本",
        "Злоупотребление возвратами;заказы, заявки на возврат, фото-доказательства;возвраты, оспоренные продавцом = позитив"})
    void positivesFromAppealsAreNoImagesToLabel(String title, String data, String positives) {
        Board appeals = photos(title, data + "\n" + positives);
        assertFalse(ids(appeals).contains(IMAGE_LABELS), ids(appeals).toString());
        // near miss: photos with no word on where the labels come from: labelling them is still the question
        Board bare = photos(title, data);
        assertTrue(ids(bare).contains(IMAGE_LABELS), ids(bare).toString());
    }

    private static Board llm(String title, String model) {
        return board(title, Stage.FRAMING, "post -> ok / cheating / unclear, unclear -> human queue", Stage.DATA,
                "14k posts reviewed by T&S", Stage.MODEL, model, Stage.EVALUATION, "held-out 1.5k, P 0.88 / R 0.74",
                Stage.MONITORING, "weekly sample 200 audit");
    }

    private static Board speaker(String title, String serving) {
        return board(title, Stage.REQUIREMENTS, "~3M speakers, notify the app < 10 s, peak traffic at night",
                Stage.FRAMING, "binary: glass break / background, classifier", Stage.DATA, "2k event recordings",
                Stage.MODEL, "small CNN on log-mel", Stage.SERVING, serving + "\nscale to 3M devices");
    }

    private static Board counting(String title, String serving) {
        return board(title, Stage.REQUIREMENTS, "640 buses, counts per stop for the schedule", Stage.FRAMING,
                "count boardings and alightings per door", Stage.DATA, "door camera video, 300 h hand-counted",
                Stage.MODEL, "head detector + tracker", Stage.SERVING, serving);
    }

    private static Board photos(String title, String data) {
        return board(title, Stage.FRAMING, "classify refund requests: abuse / ok, images of the parcel", Stage.DATA,
                data, Stage.FEATURES, "photo pHash duplicates, image embeddings", Stage.MODEL, "CNN on photos + GBDT",
                Stage.SERVING, "score each refund request");
    }
}
