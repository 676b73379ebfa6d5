package vn.cchc.reporting.par;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.reporting.Engine;
import vn.cchc.reporting.SamplePlan;
import vn.cchc.support.CchcIntegrationTest;

/** {@code parIndex}: pre-filled self-assessment, appraisal by area departments, compiled ranking and approval. */
@CchcIntegrationTest
class ParIndexProcessTest {

    private static final String FULL = """
            1.1 | 1,5 | Hoàn thành đúng hạn 1/2 nhiệm vụ
            1.2 | 2 | Báo cáo đầy đủ
            1.3 | 2 | Không có tồn tại
            2.1 | 3 | Quyết định rà soát số 5/QĐ
            3.1 | 4 | Tỷ lệ hồ sơ đúng hạn 99%
            4.1 | 2 | Quyết định giao tự chủ
            5.1 | 3 | 100% dịch vụ công toàn trình
            6.1 | 2 | Hội nghị đối thoại doanh nghiệp
            """;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ParScores scores;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void selfAssessmentAppraisalAndRanking() throws Exception {
        BpmnAwareTests.init(processEngine);
        Engine engine = new Engine(processEngine);
        Engine.clock(LocalDate.of(2032, 1, 5));
        SamplePlan plan = new SamplePlan(jdbc, 2032)
                .item(1, "II. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản", DeadlineKind.FIXED, LocalDate.of(2032, 3, 31), "so-tu-phap")
                .item(2, "II. CẢI CÁCH THỂ CHẾ", "Kiểm tra văn bản", DeadlineKind.FIXED, LocalDate.of(2032, 6, 30), "so-tu-phap")
                .item(3, "III. CẢI CÁCH TTHC", "Công bố TTHC", DeadlineKind.FIXED, LocalDate.of(2032, 6, 30), "van-phong-ubnd")
                .done(1, "so-tu-phap", LocalDate.of(2032, 3, 20), false)
                .done(2, "so-tu-phap", LocalDate.of(2032, 7, 20), true)
                .done(3, "van-phong-ubnd", LocalDate.of(2032, 6, 1), false);
        Engine.clock(LocalDate.of(2033, 1, 5));
        ProcessInstance round = processEngine.getRuntimeService().startProcessInstanceByKey("parIndex", "PAR-2032",
                Map.of("planId", plan.id, "planYear", 2032));
        ProcessInstance justice = engine.byKey("parAssessment", "PAR-2032:so-tu-phap");
        ProcessInstance office = engine.byKey("parAssessment", "PAR-2032:van-phong-ubnd");
        assertThat(justice).isWaitingAt("selfAssess");
        String prefilled = (String) processEngine.getRuntimeService().getVariable(justice.getId(), "scoresText");
        // 1 of 2 tasks on time: half of the 3 points; no findings: full 2 points; no report due: left to the agency
        assertThat(prefilled).contains("1.1 | 1.5 | Hoàn thành đúng hạn 1/2 nhiệm vụ (số liệu hệ thống)",
                "1.3 | 2 | Không có tồn tại phải khắc phục sau kiểm tra", "1.2 |  | ", "# 2.1 Xây dựng, rà soát văn bản");

        Task self = engine.task(justice, "selfAssess");
        assertThat(self).hasCandidateGroup("so-tu-phap");
        assertThatThrownBy(() -> engine.complete(self, "cv.so-tu-phap", List.of("so-tu-phap"),
                Map.of("scoresText", "1.1 | 4 | x\n2.1 | 1 | \n9.9 | 1 | y\n3.1 | 4 | " + "z".repeat(2001))))
                .hasMessageContaining("Dòng 1: điểm tiêu chí 1.1 phải là số từ 0 đến 3")
                .hasMessageContaining("Dòng 2: chưa ghi minh chứng cho tiêu chí 2.1")
                .hasMessageContaining("Dòng 3: không có tiêu chí \"9.9\"")
                // the evidence's column keeps 2,000 characters: a longer one was a database error (500)
                .hasMessageContaining("Dòng 4: minh chứng của tiêu chí 3.1 dài 2001 ký tự, vượt giới hạn 2000 ký tự")
                .hasMessageContaining("Chưa chấm điểm tiêu chí 6.1");
        engine.complete(self, "cv.so-tu-phap", List.of("so-tu-phap"), Map.of("scoresText", FULL));
        engine.complete(engine.task(office, "selfAssess"), "cv.van-phong-ubnd", List.of("van-phong-ubnd"),
                Map.of("scoresText", FULL.replace("1.1 | 1,5", "1.1 | 3")));

        List<Task> appraisals = processEngine.getTaskService().createTaskQuery().processInstanceId(justice.getId())
                .taskDefinitionKey("appraiseArea").list();
        assertThat(appraisals).hasSize(6);
        Task justiceArea = processEngine.getTaskService().createTaskQuery().processInstanceId(justice.getId())
                .taskCandidateGroup("so-tu-phap").singleResult();
        assertThat((String) processEngine.getTaskService().getVariable(justiceArea.getId(), "areaScoresText"))
                .contains("**2.1** Xây dựng, rà soát văn bản quy phạm pháp luật: **3**/3");
        assertThatThrownBy(() -> engine.complete(justiceArea, "thamdinh.stp", List.of("so-tu-phap"),
                Map.of("adjustments", "2.1 | 2 | ")))
                .hasMessageContaining("chưa ghi lý do điều chỉnh cho tiêu chí 2.1");
        assertThatThrownBy(() -> engine.complete(justiceArea, "thamdinh.stp", List.of("so-tu-phap"),
                Map.of("adjustments", "3.1 | 2 | không thuộc lĩnh vực")))
                .hasMessageContaining("không có tiêu chí \"3.1\" trong phần này");
        engine.complete(justiceArea, "thamdinh.stp", List.of("so-tu-phap"),
                Map.of("adjustments", "2.1 | 2 | Thiếu văn bản rà soát quý IV"));
        appraiseRest(engine, justice);
        appraiseRest(engine, office);

        assertThat(scores.ofAgency(2032, "so-tu-phap")).filteredOn(s -> s.criterionId().equals("2.1")).singleElement()
                .satisfies(s -> {
                    assertThat(s.selfScore()).isEqualByComparingTo("3");
                    assertThat(s.finalScore()).isEqualByComparingTo("2");
                    assertThat(s.reason()).isEqualTo("Thiếu văn bản rà soát quý IV");
                    assertThat(s.appraisedBy()).isEqualTo("so-tu-phap");
                });

        engine.runDueJobs("planYear", 2032);
        assertThat(round).isWaitingAt("reviewParRanking");
        // office: 3 + 2+2+3+4+2+3+2 = 21; justice: 1.5 + 2+2 + 2 (adjusted) +4+2+3+2 = 18.5
        assertThat((String) processEngine.getRuntimeService().getVariable(round.getId(), "parRankingText"))
                .isEqualTo("1. Văn phòng UBND tỉnh: **21** điểm (tự chấm 21)\n2. Sở Tư pháp: **18.5** điểm (tự chấm 19.5)\n");
        FileValue xlsx = processEngine.getRuntimeService().getVariableTyped(round.getId(), "parRankingXlsx");
        try (InputStream in = xlsx.getValue(); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // title, subtitle, a blank row and the heading row, then the ranking
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2032");
            Row second = wb.getSheetAt(0).getRow(5);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("Sở Tư pháp");
            // one table: rank, agency, the eight criteria, self-assessed and appraised totals
            assertThat(wb.getSheetAt(0).getRow(3).getCell(11).getStringCellValue()).isEqualTo("Điểm thẩm định");
            assertThat(second.getCell(11).getNumericCellValue()).isEqualTo(18.5);
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(2);   // criterion 2.1 after appraisal
            assertThat(wb.getSheetAt(0).getRow(6).getCell(11).getCellFormula()).isEqualTo("AVERAGE(L5:L6)");
        }
        engine.complete(engine.task(round, "reviewParRanking"), "chuyenvien.snv", List.of("snv-specialist"), Map.of());
        engine.complete(engine.task(round, "approveParRanking"), "chutich.ubnd", List.of("ubnd-leader"),
                Engine.decision(true, null));
        assertThat(round).isEnded();
        assertThat(scores.ofYear(2032)).extracting(ParScore::effective).doesNotContainNull()
                .allSatisfy(score -> assertThat(score).isGreaterThanOrEqualTo(BigDecimal.ZERO));
    }

    private static void appraiseRest(Engine engine, ProcessInstance pi) {
        engine.runDueJobs("planYear", 2032);
        for (Task task : BpmnAwareTests.taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("appraiseArea").list()) {
            String group = BpmnAwareTests.taskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
            engine.complete(task, "cv." + group, List.of(group), Map.of());
        }
        assertThat(pi).isEnded();
    }
}
