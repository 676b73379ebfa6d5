package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.cchc.agency.AgencyResolver;

/**
 * Issue 12, "readers with bounds": each hostile file of the issue, rebuilt here, is refused with the readers' own
 * Vietnamese message instead of exhausting the heap or a core; the same shapes within the limits still import.
 * Every read runs under a generous hang guard (not a timing assertion).
 */
class HostileFilesTest {

    private static final Duration GUARD = Duration.ofSeconds(20);
    private static final String NOTHING_IMPORTED = "Không có bảng nhiệm vụ nào được nhập.";

    private static ImportException refusal(byte[] bytes, String name) {
        return refusal(bytes, name, ReaderLimits.defaults());
    }

    private static ImportException refusal(byte[] bytes, String name, ReaderLimits limits) {
        return assertTimeoutPreemptively(GUARD, () -> catchThrowableOfType(
                () -> SourceDocument.read(bytes, name, limits), ImportException.class));
    }

    private static <T> T guarded(Supplier<T> read) {
        return assertTimeoutPreemptively(GUARD, read::get);
    }

    @Test
    void aOneKilobyteDocxAskingForTwoBillionCellsIsRefused() {
        byte[] docx = HostileFiles.docxWithSpan("2000000000");
        assertThat(docx.length).isLessThan(1500);

        ImportException refused = refusal(docx, "f.docx");

        assertThat(refused.key()).isEqualTo("importer.reader.spanTooWide");
        assertThat(refused).hasMessage("Tệp f.docx, dòng 2: một ô được gộp ngang 2000000000 cột, vượt giới hạn 200 ô "
                + "trên một dòng (tệp bị hỏng hoặc được tạo bất thường). " + NOTHING_IMPORTED);
    }

    @Test
    void spansBeyondAnyIntegerOrNegativeAreHandled() {
        assertThat(refusal(HostileFiles.docxWithSpan("99999999999999999999999"), "f.docx").key())
                .isEqualTo("importer.reader.spanTooWide");
        SourceDocument negative = guarded(() -> SourceDocument.read(HostileFiles.docxWithSpan("-5"), "f.docx",
                ReaderLimits.defaults()));
        assertThat(negative.rows()).hasSize(2);
    }

    @Test
    void aDocxSpanWithinTheLimitKeepsTheColumnsAligned() {
        SourceDocument read = guarded(() -> SourceDocument.read(HostileFiles.docxWithSpan("2"), "f.docx",
                ReaderLimits.defaults()));

        assertThat(read.rows()).hasSize(2);
        assertThat(read.rows().get(1).cells()).containsExactly("1.", "Rà soát thủ tục hành chính", "", "Sở Tư pháp",
                "", "Báo cáo", "Quý I/2024");
    }

    @Test
    void dataInColumnXfdIsRefusedNamingTheColumn() {
        byte[] xlsx = HostileFiles.xlsxCellInXfd("ghi chú", 300);

        ImportException refused = refusal(xlsx, "f.xlsx");

        assertThat(refused.key()).isEqualTo("importer.reader.columnTooFar");
        assertThat(refused).hasMessageContaining("trang tính 'Phụ lục', dòng 2: có dữ liệu ở cột XFD (cột thứ 16384)")
                .hasMessageEndingWith(NOTHING_IMPORTED);
    }

    @Test
    void anEmptyCellInColumnXfdIsIgnoredAndTheTableImports() {
        byte[] xlsx = HostileFiles.xlsxCellInXfd("", 300);

        ImportResult result = guarded(() -> Seeds.importer().importBytes(xlsx, "f.xlsx", 2024));

        assertThat(result.items()).hasSize(20);
    }

    @Test
    void fortyThousandRowsAndMergesAreRefusedByDefaultBeforePoiParsesTheSheet() {
        byte[] xlsx = HostileFiles.xlsxManyMerges(40_000);

        ImportException refused = refusal(xlsx, "f.xlsx");

        assertThat(refused.key()).isEqualTo("importer.reader.tooManyRows");
        assertThat(refused).hasMessage("Tệp f.xlsx có hơn 10000 dòng bảng, vượt giới hạn của một phụ lục kế hoạch. "
                + NOTHING_IMPORTED);
    }

    @Test
    void tooManyMergesInAShortSheetAreRefused() {
        ImportException refused = refusal(HostileFiles.xlsxCellInXfd("", 10_001), "f.xlsx");

        assertThat(refused.key()).isEqualTo("importer.reader.tooManyMerges");
        assertThat(refused).hasMessage("Tệp f.xlsx: một trang tính có hơn 10000 vùng ô gộp, vượt giới hạn của một phụ "
                + "lục kế hoạch (tệp bị hỏng hoặc được tạo bất thường). " + NOTHING_IMPORTED);
    }

    @Test
    void aSheetAtTheRowAndMergeLimitsIsReadWithItsMergesIndexedOnce() {
        // 10,000 rows and 9,999 merges: before the index each cell searched every region (10,000 x 7 x 9,999)
        byte[] xlsx = HostileFiles.xlsxManyMerges(9_999);

        SourceDocument read = guarded(() -> SourceDocument.read(xlsx, "f.xlsx", ReaderLimits.defaults()));

        assertThat(read.rows()).hasSize(10_000);
        assertThat(read.rows().get(2).cells()).containsExactly("2.", "Nhiệm vụ số 2", "Sở Tư pháp", "", "Báo cáo", "",
                "Quý I/2024");
        assertThat(read.rows().get(2).sttMerged()).isFalse();
        assertThat(read.rows().get(9_998).cell(2)).isEqualTo("Sở Tư pháp");
    }

    @Test
    void aZipBombIsRefusedBeforePoiUnpacksIt() {
        byte[] bomb = HostileFiles.docxBomb(100);
        assertThat(bomb.length).isLessThan(1_000_000);

        ImportException refused = refusal(bomb, "bomb.docx");

        assertThat(refused.key()).isEqualTo("importer.reader.unpackedTooLarge");
        assertThat(refused).hasMessageContaining("khi giải nén vượt quá 64 MB");
    }

    @Test
    void aPartOfMillionsOfTinyElementsIsRefusedBeforePoiBuildsItsTree() {
        byte[] docx = HostileFiles.docx("<w:p/>".repeat(1_600_000));
        assertThat(docx.length).isLessThan(200_000);

        assertThat(refusal(docx, "f.docx").key()).isEqualTo("importer.reader.tooManyElements");
    }

    @Test
    void deeplyNestedTablesAreRefusedAndShallowOnesRead() {
        assertThat(refusal(HostileFiles.docxNested(100), "f.docx").key()).isEqualTo("importer.reader.nestedTooDeep");

        SourceDocument read = guarded(() -> SourceDocument.read(HostileFiles.docxNested(5), "f.docx",
                ReaderLimits.defaults()));
        assertThat(read.rows()).hasSize(2);
        assertThat(read.rows().get(1).cells()).hasSize(6);
    }

    @Test
    void aTruncatedPackageIsDamagedNotHalfRead() {
        byte[] docx = HostileFiles.docx(HostileFiles.seedTable());
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length - 30);

        ImportException refused = refusal(cut, "cut.docx");

        assertThat(refused.key()).isEqualTo("importer.reader.truncated");
        assertThat(refused).hasMessageStartingWith("Tệp DOCX cut.docx bị hỏng hoặc không đầy đủ");
    }

    @Test
    void textRowsCellsAndCellLengthAreBounded() {
        String header = HostileFiles.HEADER + "\n";
        StringBuilder many = new StringBuilder(header);
        for (int i = 1; i <= 10_000; i++) {
            many.append(i).append(".\tNhiệm vụ ").append(i).append("\tSở Tư pháp\t\tBáo cáo\tQuý I/2024\n");
        }
        assertThat(refusal(bytes(many), "f.txt").key()).isEqualTo("importer.reader.tooManyRows");

        String wide = header + "1." + "\tx".repeat(300) + "\n";
        ImportException cells = refusal(bytes(wide), "f.txt");
        assertThat(cells.key()).isEqualTo("importer.reader.tooManyCells");
        assertThat(cells).hasMessageContaining("dòng 2: có 301 ô, vượt giới hạn 200 ô");
        // trailing empty cells are not counted (a converter may pad lines with tabs)
        assertThat(guarded(() -> SourceDocument.read(bytes(header + "1.\tx" + "\t".repeat(300) + "\n"), "f.txt",
                ReaderLimits.defaults())).rows()).hasSize(2);

        String csv = "STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian hoàn thành\n1,\"" + "a".repeat(40_000) + "\",Sở Tư pháp,Quý I\n";
        assertThat(refusal(bytes(csv), "f.csv").key()).isEqualTo("importer.reader.cellTooLong");
        String unclosed = "STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian hoàn thành\n1,\"" + "dòng\n".repeat(10_000);
        assertThat(refusal(bytes(unclosed), "f.csv").key()).isEqualTo("importer.reader.cellTooLong");
    }

    @Test
    void fileSizeIsCheckedBeforeReading() {
        ReaderLimits small = new ReaderLimits(DataSize.ofKilobytes(1), DataSize.ofMegabytes(64), 2000, 200,
                1_500_000, 10_000, 200, 10_000, 32_767, 10_000_000);

        ImportException refused = refusal(new byte[2048], "f.txt", small);

        assertThat(refused.key()).isEqualTo("importer.reader.fileTooLarge");
        assertThat(refused).hasMessage("Tệp f.txt có dung lượng 0,002 MB, vượt giới hạn 0,001 MB cho một tệp phụ lục. "
                + NOTHING_IMPORTED);
    }

    @Test
    void aFileExactlyAtTheLimitsImportsAndOneRowMoreIsRefused() {
        ReaderLimits tight = limits(12, 6, 2);
        List<String> lines = new ArrayList<>(HostileFiles.seedTable().subList(0, 12));
        String text = String.join("\n", lines) + "\n";

        for (byte[] file : List.of(bytes(text), HostileFiles.docx(lines), HostileFiles.xlsx(lines))) {
            String name = file[0] == 'P' ? (isXlsx(file) ? "f.xlsx" : "f.docx") : "f.txt";
            ImportResult result = guarded(() -> new AppendixImporter(new AgencyResolver(Seeds.VINH_LONG), tight)
                    .importBytes(file, name, 2024));
            assertThat(result.items()).as(name).hasSize(11);
        }
        lines.add(HostileFiles.seedTable().get(12));
        assertThat(refusal(bytes(String.join("\n", lines)), "f.txt", tight).key())
                .isEqualTo("importer.reader.tooManyRows");
        assertThat(refusal(HostileFiles.xlsx(lines), "f.xlsx", tight).key()).isEqualTo("importer.reader.tooManyRows");
        assertThat(refusal(HostileFiles.docx(lines), "f.docx", tight).key()).isEqualTo("importer.reader.tooManyRows");
    }

    @Test
    void theDefaultLimitsAreThoseOfConfigImportingYml() {
        assertThat(ReaderLimits.load(java.nio.file.Path.of("config/importing.yml"))).isEqualTo(ReaderLimits.defaults());
        assertThat(ReaderLimits.load(java.nio.file.Path.of("config/does-not-exist.yml")))
                .isEqualTo(ReaderLimits.defaults());
    }

    static ReaderLimits limits(int rows, int cellsPerRow, int merges) {
        return new ReaderLimits(DataSize.ofMegabytes(20), DataSize.ofMegabytes(64), 2000, 200, 1_500_000, rows,
                cellsPerRow, merges, 32_767, 10_000_000);
    }

    private static boolean isXlsx(byte[] zip) {
        return new String(zip, StandardCharsets.ISO_8859_1).contains("xl/workbook.xml");
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
