package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.agency.AgencyClass;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.PageSession;
import vn.cchc.support.RestClient;

/**
 * The running application works with the post-2025 province: "UBND cấp huyện" in a new item names nobody, is
 * refused with the date the districts ended, and the import preview suggests the communes for SNV to confirm once.
 */
@CchcIntegrationTest
class DistrictClassRefusalTest {

    private static final String PHRASE = "UBND cấp huyện";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AgencyAliases aliases;
    @Autowired
    AgencyDirectory directory;

    private String planId;

    @BeforeEach
    void newDraftPlan() {
        planId = "KH-HUYEN-" + System.nanoTime();
        engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2026, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2026 (thử)"));
    }

    @AfterEach
    void forgetMapping() {
        aliases.remove(PHRASE);
    }

    @Test
    void districtClassIsRefusedUntilSnvConfirmsTheSuggestedCommunes() throws Exception {
        assertThat(directory.ofClass(AgencyClass.DISTRICT)).isEmpty();
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        String items = """
                [{"task": "Tự đánh giá Chỉ số CCHC", "lead": "UBND cấp huyện", "due": "Trước ngày 15/12"}]""";

        RestClient.Response refused = snv.post("/api/plans/" + planId + "/items", items);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().has("code")).isTrue();
        assertThat(refused.json().get("message").asText()).startsWith("Nhiệm vụ thứ 1: \"UBND cấp huyện\"");
        assertThat(refused.json().get("problems").get(0).asText())
                .startsWith("Nhiệm vụ thứ 1: \"UBND cấp huyện\" không còn đơn vị nào từ 01/07/2025")
                .contains("UBND cấp xã");

        PageSession page = PageSession.as(port, "chuyenvien.snv");
        HttpResponse<String> uploaded = page.post("/plans/" + planId + "/import", "multipart/form-data; boundary=XYZ",
                HttpRequest.BodyPublishers.ofByteArray(multipart("""
                        STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành
                        1,Tự đánh giá Chỉ số CCHC,UBND cấp huyện,Sở Nội vụ,Báo cáo,Trước ngày 15/12/2026
                        """)), "/plans/" + planId + "/import");
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String preview = page.get(URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath())
                .body();
        assertThat(preview).contains("không còn đơn vị nào từ 01/07/2025").contains("Xác nhận và ghi nhớ");
        long preselected = Pattern.compile("value=\"ubnd-(?:xa|phuong)-[a-z0-9-]+\"\\s+selected")
                .matcher(preview).results().count();
        assertThat(preselected).isEqualTo(124);

        // SNV confirms the suggestion once; the alias store remembers it for every later import
        List<String> communes = directory.ofClass(AgencyClass.COMMUNE).stream().map(a -> a.id()).toList();
        aliases.add(PHRASE, communes, "chuyenvien.snv");

        RestClient.Response accepted = snv.post("/api/plans/" + planId + "/items", items);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("assignments").asInt()).isEqualTo(124);
    }

    private static byte[] multipart(String content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"phu-luc.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write("\r\n--XYZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
