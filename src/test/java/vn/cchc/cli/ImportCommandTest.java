package vn.cchc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.importer.HostileFiles;

class ImportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String seed(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow()
                    .toString();
        }
    }

    @Test
    void dryRunPrintsOneJsonObjectPerItemAndASummary() throws Exception {
        int code = run("--dry-run", "--agencies", "config/agencies/vinh-long.yml", seed("000"));

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(66);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.fieldNames()).toIterable().startsWith("section", "stt", "task", "lead", "coordinators",
                "product", "deadlineText", "deadline", "leadAgencies", "coordinatorAgencies", "problems");
        assertThat(first.get("leadAgencies").get(0).asText()).isEqualTo("so-noi-vu");
        assertThat(first.get("deadline").get("text").asText()).isEqualTo("Quý IV/2023");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Số nhiệm vụ: 66").contains("Năm kế hoạch: 2024");
    }

    @Test
    void yearOptionOverridesTheTitle() throws Exception {
        assertThat(run("--dry-run", "--year", "2030", seed("001"))).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Năm kế hoạch: 2030");
    }

    @Test
    void noTaskTableExitsNonZeroWithAMessage() throws Exception {
        assertThat(run("--dry-run", seed("002"))).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không tìm thấy bảng nhiệm vụ");
    }

    @Test
    void aHostileFileIsRefusedWithTheReadersMessage(@TempDir Path dir) throws Exception {
        Path docx = Files.write(dir.resolve("f.docx"), HostileFiles.docxWithSpan("2000000000"));

        assertThat(run("--dry-run", "--year", "2024", docx.toString())).isEqualTo(1);

        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Lỗi: Tệp f.docx, dòng 2: một ô được gộp ngang "
                + "2000000000 cột, vượt giới hạn 200 ô trên một dòng (tệp bị hỏng hoặc được tạo bất thường). "
                + "Không có bảng nhiệm vụ nào được nhập." + System.lineSeparator());
    }

    @Test
    void withoutDryRunPointsToTheWebApp() throws Exception {
        assertThat(run(seed("000"))).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ứng dụng web");
    }

    @Test
    void misuseIsRefused() {
        assertThat(run("--dry-run")).isEqualTo(2);
        assertThat(run("--dry-run", "--year", "abc", "x.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cách dùng");
    }

    /** Acceptance of issue 15: the commune plan (seed 003) with the commune's directory, at least 95 % of leads. */
    @Test
    void communePlanResolvesItsLeadsWithTheCommuneDirectory() throws Exception {
        int code = run("--dry-run", "--year", "2025", "--agencies", "config/agencies/xa-minh-duc.yml", seed("003"));

        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(88); // 79 rows, five of them listing several activities;
        ObjectMapper json = new ObjectMapper();
        int resolved = 0;
        for (String line : lines) {
            JsonNode item = json.readTree(line);
            boolean leadProblem = false;
            for (JsonNode p : item.get("problems")) {
                leadProblem |= p.asText().contains("cột Chủ trì") && (p.asText().contains("chưa xác định")
                        || p.asText().contains("chưa có cơ quan chủ trì"));
            }
            if (!item.get("leadAgencies").isEmpty() && !leadProblem) {
                resolved++;
            }
        }
        assertThat(resolved * 100 / lines.length).isGreaterThanOrEqualTo(95);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("xã Minh Đức (xa-minh-duc")
                .contains("Cơ quan chủ trì xác định được: " + resolved + "/88");
    }

    @Test
    void withoutAgenciesTheConfiguredDirectoryOfThePlanYearIsUsed() throws Exception {
        assertThat(run("--dry-run", seed("000"))).isZero();
        String summary = err.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("Năm kế hoạch: 2024").contains("trước 01/7/2025");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ubnd-huyen-long-ho");
    }

    @Test
    void districtClassInANewPlanIsABlockingProblemNamingTheDate() throws Exception {
        assertThat(run("--dry-run", "--year", "2026", seed("000"))).isZero();
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(output).doesNotContain("ubnd-huyen-");
        assertThat(output).contains("UBND cấp huyện\\\" không còn đơn vị nào từ 01/07/2025");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tỉnh Vĩnh Long (vinh-long, hiệu lực từ 01/07/2025)");
    }
}
