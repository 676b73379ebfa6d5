package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class DeadlinesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return DeadlinesCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<Map<String, Object>> lines() throws Exception {
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        List<Map<String, Object>> result = new java.util.ArrayList<>();
        for (String line : lines) {
            result.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() { }));
        }
        return result;
    }

    @Test
    void writesOneJsonObjectPerInputLine() throws Exception {
        String input = "\uFEFFQuý I/2024\nTrước ngày 16/01/2024\nThường xuyên\n\n"
                + "Các sở, ban, ngành tỉnh, UBND cấp huyện: trước ngày 01/3/2024; UBND cấp xã: theo yêu cầu\n"
                + "Quý I/2024 (ban hành Kế hoạch)\n";

        int code = run(input, "--year", "2024", "--calendar", "config/calendar");

        assertThat(code).isZero();
        List<Map<String, Object>> lines = lines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).containsEntry("text", "Quý I/2024").containsEntry("kind", "fixed")
                .containsEntry("due", List.of("2024-03-31")).containsEntry("effectiveDue", List.of("2024-04-01"))
                .containsEntry("recurring", false).doesNotContainKeys("milestone", "byAgency");
        assertThat(lines.get(1)).containsEntry("due", List.of("2024-01-15"))
                .containsEntry("effectiveDue", List.of("2024-01-15"));
        assertThat(lines.get(2)).containsEntry("kind", "ongoing").containsEntry("due", List.of());
        assertThat(lines.get(3)).containsEntry("text", "").containsEntry("kind", "unknown");
        assertThat(lines.get(4)).containsEntry("kind", "per_agency")
                .containsEntry("byAgency", Map.of("Các sở, ban, ngành tỉnh, UBND cấp huyện", List.of("2024-02-29"),
                        "UBND cấp xã", "theo yêu cầu"));
        assertThat(lines.get(5)).containsEntry("milestone", "ban hành Kế hoạch");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void missingYearIsExitTwoWithAVietnameseMessage() {
        assertThat(run("Quý I/2024\n")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("thiếu tham số --year");
        assertThat(out.size()).isZero();
    }

    @Test
    void badYearOrUnknownArgumentIsExitTwo() {
        assertThat(run("", "--year", "hai nghìn")).isEqualTo(2);
        assertThat(run("", "--year", "2024", "--verbose")).isEqualTo(2);
        assertThat(run("", "--year", "2024", "--calendar", "/no/such/folder")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("năm không hợp lệ", "tham số không hợp lệ",
                "không tìm thấy thư mục lịch");
    }

    @Test
    void phrasesTypedWithoutDiacriticsReadAsWithThem() throws Exception {
        int code = run("Quy I/2024\nThuong xuyen\nTruoc ngay 16/01/2024\n", "--year", "2024");

        assertThat(code).isZero();
        List<Map<String, Object>> lines = lines();
        assertThat(lines.get(0)).containsEntry("kind", "fixed").containsEntry("due", List.of("2024-03-31"));
        assertThat(lines.get(1)).containsEntry("kind", "ongoing").containsEntry("due", List.of());
        assertThat(lines.get(2)).containsEntry("kind", "fixed").containsEntry("due", List.of("2024-01-15"));
    }

    @Test
    void recurringRuleAndDoubtsAreAddedFieldsOfTheSameObject() throws Exception {
        int code = run("Chậm nhất ngày 18 tháng cuối mỗi quý\nQuý IV/2023\n"
                + "Theo Quyết định số 123/QĐ-UBND ngày 05/6/2023 của UBND tỉnh\n", "--year", "2024");

        assertThat(code).isZero();
        List<Map<String, Object>> lines = lines();
        assertThat(lines.get(0)).containsEntry("kind", "recurring").containsEntry("recurring", true)
                .containsEntry("rule", Map.of("period", "quarter", "day", 18, "month", "last"))
                .containsEntry("due", List.of("2024-03-18", "2024-06-18", "2024-09-18", "2024-12-18"));
        assertThat(lines.get(1)).containsEntry("kind", "fixed").containsEntry("due", List.of("2023-12-31"))
                .containsEntry("doubts", List.of("early_date"));
        assertThat(lines.get(2)).containsEntry("kind", "per_regulation").containsEntry("due", List.of())
                .containsEntry("doubts", List.of("reference_date_ignored"));
        assertThat(lines).allSatisfy(l -> assertThat(l).containsKeys("text", "kind", "due", "effectiveDue",
                "recurring"));
    }
}
