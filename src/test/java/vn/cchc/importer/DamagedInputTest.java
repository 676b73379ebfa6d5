package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files give a clear Vietnamese message and no items; nothing is half-read. */
class DamagedInputTest {

    private static final String HEADER = "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành\n";

    @TempDir
    Path dir;

    @Test
    void truncatedDocx() throws IOException {
        Path whole = dir.resolve("whole.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(whole)) {
            doc.createParagraph().createRun().setText("Kế hoạch cải cách hành chính năm 2024");
            doc.createTable(3, 6).getRow(0).getCell(0).setText("STT");
            doc.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> Seeds.importer().importFile(cut, null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Tệp DOCX cut.docx bị hỏng hoặc không đầy đủ");
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.txt"), junk);

        assertThatThrownBy(() -> Seeds.importer().importFile(file, null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("junk.txt").hasMessageContaining("không phải văn bản");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");

        assertThatThrownBy(() -> Seeds.importer().importFile(file, null)).hasMessageContaining("rỗng");
    }

    @Test
    void tableWithHeaderButNoRows() throws IOException {
        Path file = Files.writeString(dir.resolve("header-only.txt"), "PHỤ LỤC\n" + HEADER + "\n");

        assertThatThrownBy(() -> Seeds.importer().importFile(file, 2024))
                .hasMessageContaining("tiêu đề ở dòng 2").hasMessageContaining("không có dòng nhiệm vụ");
    }

    @Test
    void missingLeadColumnNamesTheHeaderRow() throws IOException {
        Path file = Files.writeString(dir.resolve("no-lead.txt"), "Phụ lục\n\nSTT\tNhiệm vụ\tSản phẩm\tThời gian\n"
                + "1.\tXây dựng kế hoạch\tKế hoạch\tQuý I/2024\n");

        assertThatThrownBy(() -> Seeds.importer().importFile(file, 2024))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("dòng 3").hasMessageContaining("thiếu cột: Cơ quan chủ trì");
    }

    @Test
    void duplicatedRowNumbersAndDuplicatedRows() throws IOException {
        String row2 = "2.\tBáo cáo, đề xuất phương án đơn giản hoá TTHC.\tCác sở, ban, ngành tỉnh\tVăn phòng UBND tỉnh"
                + "\tBáo cáo\tTháng 8/2024\n";
        Path file = Files.writeString(dir.resolve("dup.txt"), HEADER + "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
                + "1.\tXây dựng Kế hoạch kiểm soát TTHC.\tVăn phòng UBND tỉnh\tSở Nội vụ\tKế hoạch\tQuý IV/2023\n"
                + row2 + row2
                + "2.\tSố hóa hồ sơ TTHC.\tSở Nội vụ\tVăn phòng UBND tỉnh\tHồ sơ số hóa\tThường xuyên\n");

        ImportResult result = Seeds.importer().importFile(file, 2024);

        assertThat(result.items()).extracting(AppendixRow::sourceRow).containsExactly(3, 4, 6);
        assertThat(result.problems()).contains(
                "Dòng 5 trùng với dòng 4 (cùng nhiệm vụ, cơ quan, sản phẩm và thời gian): không nhập lại.");
        assertThat(result.items().get(2).problems()).contains("Dòng 6, cột STT: số thứ tự '2' trùng với dòng 4 "
                + "trong mục 'I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH'; cần kiểm tra lại.");
    }

    @Test
    void shiftedCellIsRecognisedByContent() throws IOException {
        Path file = Files.writeString(dir.resolve("shift.txt"), HEADER
                + "1.\tKiểm tra việc thực hiện quy định về tài sản công.\t\tSở Tài chính\tSở Nội vụ\tNăm 2024\n"
                + "2.\tTriển khai thu ngân sách.\tSở Tài chính\tSở Nội vụ\tQuý IV/2024\t\n");

        ImportResult result = Seeds.importer().importFile(file, 2024);

        AppendixRow first = result.items().get(0);
        assertThat(first.leadAgencies()).containsExactly("so-tai-chinh");
        assertThat(first.coordinatorAgencies()).containsExactly("so-noi-vu");
        assertThat(first.problems()).anyMatch(p -> p.startsWith("Dòng 2, cột Cơ quan chủ trì") && p.contains("lệch"));
        AppendixRow second = result.items().get(1);
        assertThat(second.deadlineText()).isEqualTo("Quý IV/2024");
        assertThat(second.product()).isEmpty();
        assertThat(second.problems()).anyMatch(p -> p.startsWith("Dòng 3, cột Thời gian hoàn thành") && p.contains("lệch"));
    }

    @Test
    void rightShiftedRowIsRepairedOnlyWhenTheContentIsUnambiguous() throws IOException {
        // columns in the order of seed 003: product, lead, coordinators, deadline, then a note
        Path file = Files.writeString(dir.resolve("right.txt"), "STT\tNhiệm vụ\tSản phẩm\tCơ quan chủ trì\t"
                + "Cơ quan phối hợp\tThời gian hoàn thành\tGhi chú\n"
                + "1.\tRà soát văn bản QPPL.\tx\tBáo cáo rà soát\tSở Tư pháp\tCác cơ quan, đơn vị liên quan"
                + "\tQuý II/2024\n"
                + "2.\tKiểm tra công tác CCHC.\tx\tKế hoạch kiểm tra\tSở Nội vụ\tCác cơ quan, đơn vị\t\n");

        ImportResult result = Seeds.importer().importFile(file, 2024);

        AppendixRow repaired = result.items().get(0);
        assertThat(repaired.product()).isEqualTo("Báo cáo rà soát");
        assertThat(repaired.lead()).containsExactly("Sở Tư pháp");
        assertThat(repaired.leadAgencies()).containsExactly("so-tu-phap");
        assertThat(repaired.coordinators()).containsExactly("Các cơ quan, đơn vị liên quan");
        assertThat(repaired.deadlineText()).isEqualTo("Quý II/2024");
        assertThat(repaired.problems()).anyMatch(p -> p.startsWith("Dòng 2: các ô bị lệch cột sang phải")
                && p.contains("đã tự động dịch lại các ô lệch cột"));
        assertThat(repaired.problems()).anyMatch(p -> p.startsWith("Dòng 2: nội dung 'x' ở cột Sản phẩm bị đẩy ra"));
        // nothing right of the deadline column: where the deadline went cannot be told, so it is only flagged
        AppendixRow flagged = result.items().get(1);
        assertThat(flagged.lead()).containsExactly("Kế hoạch kiểm tra");
        assertThat(flagged.deadlineText()).isEqualTo("Các cơ quan, đơn vị");
        assertThat(flagged.problems()).anyMatch(p -> p.startsWith("Dòng 3: các ô có thể bị lệch cột sang phải"))
                .noneMatch(p -> p.contains("đã tự động dịch lại"));
    }
}
