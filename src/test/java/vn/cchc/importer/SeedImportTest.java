package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.importer.Seeds.idsOf;
import static vn.cchc.importer.Seeds.item;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.agency.AgencyClass;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyResolver;

/** Every seed imported; counts and rows checked against the seed text read by hand. */
class SeedImportTest {

    @Test
    void vinhLong2024TabTableBrokenOverPages() {
        ImportResult result = Seeds.importer().importFile(Seeds.seed("000"), null);

        // The appendix numbers its tasks 1. to 66. without sub-rows (lines 361-478 of the seed).
        assertThat(result.items()).hasSize(66);
        assertThat(result.year()).isEqualTo(2024);
        assertThat(result.items()).extracting(AppendixRow::stt).doesNotHaveDuplicates().contains("1", "66");

        AppendixRow first = result.items().get(0);
        assertThat(first.section()).isEqualTo("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH");
        assertThat(first.task()).startsWith("Xây dựng và triển khai thực hiện Quyết định ban hành Kế hoạch CCHC");
        assertThat(first.lead()).containsExactly("Cơ quan thường trực BCĐ CCHC tỉnh");
        assertThat(first.leadAgencies()).containsExactly("so-noi-vu");
        assertThat(first.coordinators()).containsExactly("Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã");
        assertThat(first.product()).isEqualTo("Quyết định ban hành");
        assertThat(first.deadlineText()).isEqualTo("Quý IV/2023");
        assertThat(first.deadline().text()).isEqualTo("Quý IV/2023");
        assertThat(first.sourceRow()).isEqualTo(361);

        // Row 6 is cut by a page break: "UBND" + "cấp xã", "tại" + "cơ quan, đơn vị."
        AppendixRow six = item(result, "I.", "6");
        assertThat(six.task()).endsWith("Kế hoạch tuyên truyền CCHC năm 2024 tại cơ quan, đơn vị.");
        assertThat(six.lead()).containsExactly("Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã");
        assertThat(six.leadAgencies()).containsAll(idsOf(AgencyClass.COMMUNE)).containsAll(idsOf(AgencyClass.DISTRICT));
        assertThat(six.coordinatorAgencies()).containsExactly("so-thong-tin-truyen-thong");
        assertThat(six.deadlineText()).isEqualTo("Trước ngày 16/01/2024");

        AppendixRow eleven = item(result, "I.", "11");
        assertThat(eleven.lead()).containsExactly("Cơ quan thường trực BCĐ CCHC tỉnh");
        assertThat(eleven.product()).isEqualTo("Tin/bài/hình ảnh được đăng tải");
        assertThat(eleven.deadlineText()).isEqualTo("Thường xuyên trong năm 2024");

        assertThat(item(result, "II.", "13").section()).isEqualTo("II. CẢI CÁCH THỂ CHẾ");
        assertThat(item(result, "V.", "33").section()).isEqualTo("V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ");
        assertThat(item(result, "II.", "15").deadlineText()).endsWith("UBND cấp xã: theo yêu câu của UBND cấp huyện");

        AppendixRow bank = item(result, "VI.", "42");
        assertThat(bank.lead()).containsExactly("Sở Lao động - Thương binh và Xã hội");
        assertThat(bank.leadAgencies()).containsExactly("so-lao-dong-tbxh");
        assertThat(bank.coordinatorAgencies()).startsWith("so-tai-chinh", "so-ke-hoach-dau-tu", "ngan-hang-csxh");

        AppendixRow related = item(result, "VI.", "46");
        assertThat(related.coordinators()).containsExactly("Các sở, ban, ngành tỉnh", "các đơn vị có liên quan");
        assertThat(related.problems()).anyMatch(p -> p.contains("Dòng 442") && p.contains("Cơ quan phối hợp")
                && p.contains("'các đơn vị có liên quan'"));

        AppendixRow last = result.items().get(65);
        assertThat(last.section()).startsWith("VIII. ĐÁNH GIÁ TÁC ĐỘNG CỦA CCHC");
        assertThat(last.lead()).containsExactly("Các sở, ban, ngành tỉnh", "UBND cấp huyện, cấp xã");
        assertThat(last.deadlineText()).isEqualTo("Quý IV/2023 và theo định kỳ");
        assertThat(result.unresolvedPhrases()).allMatch(p -> p.contains("liên quan"));
    }

    @Test
    void vinhLong2023TableFlattenedOneCellPerLine() {
        ImportResult result = Seeds.importer().importFile(Seeds.seed("001"), null);

        // By section: I 11 rows (1, 2, 3 each with a second row under a merged STT), II 5, III 10, IV 5,
        // V 7 (2 is a group of a) and b); 4 has two rows), VI 6, VII 10, VIII 4.
        assertThat(result.items()).hasSize(58);
        assertThat(result.year()).isEqualTo(2023);

        AppendixRow first = result.items().get(0);
        assertThat(first.stt()).isEqualTo("1");
        assertThat(first.task()).isEqualTo("Xây dựng Quyết định ban hành Kế hoạch CCHC của tỉnh năm 2023.");
        assertThat(first.lead()).containsExactly("Sở Nội vụ");
        assertThat(first.leadAgencies()).containsExactly("so-noi-vu");
        assertThat(first.product()).isEqualTo("Quyết định được ban hành");
        assertThat(first.deadlineText()).isEqualTo("Quý IV năm 2022");

        AppendixRow mergedStt = result.items().get(1);
        assertThat(mergedStt.stt()).isEqualTo("1");
        assertThat(mergedStt.task()).isEqualTo("Xây dựng Kế hoạch CCHC của cơ quan, đơn vị năm 2023.");
        assertThat(mergedStt.lead()).containsExactly("Các cơ quan, đơn vị");
        assertThat(mergedStt.leadAgencies()).contains("so-noi-vu", "ubnd-huyen-tra-on", "ubnd-xa-tan-ngai");
        assertThat(mergedStt.problems()).noneMatch(p -> p.contains("STT"));

        AppendixRow a = item(result, "V.", "2.a");
        assertThat(a.task()).isEqualTo("Tuyển dụng công chức.");
        assertThat(a.leadAgencies()).containsExactly("so-noi-vu");
        assertThat(item(result, "V.", "2.b").lead()).containsExactly("Các cơ quan, đơn vị");

        AppendixRow seventh = item(result, "III.", "7");
        assertThat(seventh.lead()).containsExactly("Các cơ quan, đơn vị, địa phương");
        assertThat(seventh.coordinatorAgencies()).containsExactly("van-phong-ubnd");

        AppendixRow last = result.items().get(57);
        assertThat(last.section()).startsWith("VIII. ĐÁNH GIÁ TÁC ĐỘNG");
        assertThat(last.stt()).isEqualTo("4");
        assertThat(last.coordinatorAgencies()).containsExactly("so-ke-hoach-dau-tu");
        assertThat(last.deadlineText()).isEqualTo("Quý IV/2022 và theo định kỳ");
    }

    @Test
    void fiveYearPlanWithoutTaskTableFailsClearly() {
        Path seed = Seeds.seed("002");
        assertThatThrownBy(() -> Seeds.importer().importFile(seed, null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Không tìm thấy bảng nhiệm vụ");
    }

    @Test
    void communePlanWideTableRepeatedTwice() {
        AgencyDirectory commune = AgencyDirectory.load(Path.of("config/agencies/xa-minh-duc.yml"));
        ImportResult result = new AppendixImporter(new AgencyResolver(commune)).importFile(Seeds.seed("003"), null);

        // Rows with a lead or a deadline in the first copy of the table (lines 405-542), page-break
        // continuations (531, 537) glued to the row above; row 547 and the copy from line 548 are repeats.
        // 79 rows; five list several activities, one paragraph each (438: 3, 471: 3, 497: 2, 500: 3, 534 with its
        // continuation 537: 3), one item per activity: 79 + 9.
        assertThat(result.items()).hasSize(88);
        assertThat(result.year()).isEqualTo(2025);
        assertThat(result.items()).allMatch(i -> i.sourceRow() < 547);
        assertThat(result.problems()).anyMatch(p -> p.contains("Dòng 547 trùng với dòng 505"));
        assertThat(result.problems()).anyMatch(p -> p.contains("Từ dòng 548") && p.contains("lặp lại"));

        AppendixRow first = result.items().get(0);
        assertThat(first.section()).isEqualTo("I. CẢI CÁCH THỂ CHẾ");
        assertThat(first.stt()).isEqualTo("1");
        assertThat(first.task()).isEqualTo("Xây dựng chương trình xây dựng văn bản QPPL");
        assertThat(first.lead()).containsExactly("Văn phòng HĐND-UBND");
        assertThat(first.leadAgencies()).containsExactly("van-phong-hdnd-ubnd");
        assertThat(first.product()).isEqualTo("Quyết định, Nghị quyết của HĐND-UBND xã");
        assertThat(first.deadlineText()).isEqualTo("Theo Chương trình công tác đã phê duyệt");

        AppendixRow onestop = item(result, "II.", "3.1");
        assertThat(onestop.task()).startsWith("Rà soát bố trí số lượng nhân sự");
        assertThat(onestop.leadAgencies()).containsExactly("trung-tam-pvhcc-xa");

        AppendixRow html = result.items().stream().filter(i -> i.sourceRow() == 438).findFirst().orElseThrow();
        assertThat(html.task()).startsWith("Tiếp nhận, giải quyết hiệu quả").doesNotContain("<p>", "</p>");

        AppendixRow shifted = result.items().stream().filter(i -> i.sourceRow() == 520).findFirst().orElseThrow();
        assertThat(shifted.task()).startsWith("Kết nối chia sẻ dữ liệu hệ thống thông tin báo cáo");
        assertThat(shifted.problems()).anyMatch(p -> p.contains("lệch cột"));

        // rows 420 and 421 gained a cell: the product sits under "Chủ trì", the lead under "Phối hợp", an agency
        // phrase under "Thời gian" and "Thường xuyên" under "Kinh phí"; shifted back, with a note saying so
        AppendixRow row420 = result.items().stream().filter(i -> i.sourceRow() == 420).findFirst().orElseThrow();
        assertThat(row420.product()).isEqualTo("Quyết định ban hành TTHC");
        assertThat(row420.lead()).containsExactly("Văn phòng HDND-UBND");
        assertThat(row420.coordinators()).containsExactly("Cơ quan, đơn vị có liên quan");
        assertThat(row420.deadlineText()).isEqualTo("Thường xuyên");
        assertThat(row420.deadline().kind()).isEqualTo(vn.cchc.deadline.DeadlineKind.ONGOING);
        AppendixRow row421 = result.items().stream().filter(i -> i.sourceRow() == 421).findFirst().orElseThrow();
        assertThat(row421.product())
                .isEqualTo("Báo cáo kết quả kiểm soát thủ tục hành chính; các văn bản kiến nghị cấp có thẩm quyền");
        assertThat(row421.lead()).containsExactly("Văn phòng HDND-UBND");
        assertThat(row421.coordinators()).containsExactly("Cơ quan, đơn vị có liên quan");
        assertThat(row421.deadlineText()).isEqualTo("Thường xuyên");
        for (AppendixRow repaired : List.of(row420, row421)) {
            assertThat(repaired.problems()).as("row " + repaired.sourceRow())
                    .anyMatch(p -> p.startsWith("Dòng " + repaired.sourceRow() + ": các ô bị lệch cột sang phải")
                            && p.contains("đã tự động dịch lại các ô lệch cột"))
                    .noneMatch(p -> p.contains("các ô có thể bị lệch cột"))
                    .noneMatch(p -> p.contains("cột Chủ trì: chưa xác định được cơ quan 'Quyết định")
                            || p.contains("cột Chủ trì: chưa xác định được cơ quan 'Báo cáo"));
        }
        assertThat(row420.problems()).anyMatch(p -> p.contains("'Ban hành TTHC, quy trình nội bộ điện tử chính kịp "
                + "thời, đúng quy định' ở cột Kết quả/ Sản phẩm bị đẩy ra"));
        assertThat(first.problems()).noneMatch(p -> p.contains("lệch cột sang phải"));

        AppendixRow last = result.items().get(result.items().size() - 1);
        assertThat(last.sourceRow()).isEqualTo(542);
        assertThat(last.deadlineText()).isEqualTo("Quý IV//2025");
        assertThat(last.lead()).containsExactly("Phòng VH- XH");
        assertThat(last.leadAgencies()).containsExactly("phong-van-hoa-xa-hoi");
    }

    @Test
    void unresolvedAgenciesAreProblemsNotFailures() {
        ImportResult result = Seeds.importer().importFile(Seeds.seed("003"), 2025);

        assertThat(result.items()).hasSize(88);
        assertThat(result.unresolvedPhrases()).contains("Phòng VH-XH", "Văn phòng HĐND-UBND");
        assertThat(result.items().get(0).problems())
                .contains("Dòng 405, cột Chủ trì: chưa xác định được cơ quan 'Văn phòng HĐND-UBND'.");
        assertThat(List.of(result.year())).containsExactly(2025);
    }

    @Test
    void wideTableCellListingSeveralActivitiesGivesOneItemPerActivity() {
        AgencyDirectory commune = AgencyDirectory.load(Path.of("config/agencies/xa-minh-duc.yml"));
        ImportResult result = new AppendixImporter(new AgencyResolver(commune)).importFile(Seeds.seed("003"), 2025);

        // row 438: three <p> activities with three products, three leads, three partners and three times
        List<AppendixRow> row438 = result.items().stream().filter(i -> i.sourceRow() == 438).toList();
        assertThat(row438).extracting(AppendixRow::task).containsExactly(
                "Tiếp nhận, giải quyết hiệu quả, thỏa đáng các phản ánh, kiến nghị, khiếu nại của người dân liên quan "
                        + "đến việc giải quyết thủ tục hành chính",
                "Nâng cấp, hoàn thiện hệ thống Tổng đài Dịch vụ công hỗ trợ giải quyết vướng mắc, phản ánh của người dân",
                "Tổ chức đối thoại giữa lãnh đạo các Sở, ban ngành, UBND xã");
        assertThat(row438).extracting(AppendixRow::product).containsExactly("100% phản ánh kiến nghị của người dân, tổ "
                + "chức liên quan đến giải quyết thủ tục hành chính được xử lý đúng hạn", "Hệ thống Tổng đài được nâng "
                + "cấp", "Chương trình đối thoại định kỳ");
        assertThat(row438).extracting(i -> i.lead().get(0)).containsExactly("Cơ quan, đơn vị có liên quan",
                "Phòng VH-XH", "Phòng VH-XH");
        assertThat(row438).extracting(AppendixRow::deadlineText).containsExactly("Thường xuyên", "Thường xuyên",
                "Định kỳ trong năm");
        assertThat(row438).allMatch(i -> i.stt().equals("3.2") && i.section().startsWith("II."))
                .allMatch(i -> i.parentTask().startsWith("Đẩy mạnh nghiên cứu, đề xuất giải pháp tháo gỡ"))
                .allMatch(i -> i.objective().startsWith("Mức độ hài lòng của người dân, doanh nghiệp"))
                .allMatch(i -> i.problems().stream().anyMatch(p -> p.contains("có 3 hoạt động")));
        // no item is reported as a repeated number: the activities share their row's number on purpose
        assertThat(row438).allMatch(i -> i.problems().stream().noneMatch(p -> p.contains("cột STT")));

        // row 471: three activities, four paragraphs elsewhere: those cells cannot be lined up, shared and flagged
        List<AppendixRow> row471 = result.items().stream().filter(i -> i.sourceRow() == 471).toList();
        assertThat(row471).hasSize(3).allMatch(i -> i.lead().equals(List.of("Phòng VH-XH")))
                .allMatch(i -> i.problems().stream().anyMatch(p -> p.contains("không khớp từng đoạn")));

        // row 534 and its continuation 537 after a page break: three activities, one product, lead and partner
        List<AppendixRow> row534 = result.items().stream().filter(i -> i.sourceRow() == 534).toList();
        assertThat(row534).extracting(AppendixRow::task).containsExactly(
                "Triển khai các giải pháp truyền thông, thông tin về cải cách hành chính",
                "Chương trình đối thoại trực tiếp lãnh đạo các đơn vị, địa phương giải đáp những khó khăn, vướng mắc "
                        + "của người dân, doanh nghiệp về những vấn đề liên quan đến giải quyết TTHC, CCHC được thực "
                        + "hiện tại địa phương.",
                "Các sản phẩm truyền thông trên phương tiện thông tin đại chúng về CCHC");
        assertThat(row534).allMatch(i -> i.product().equals("Chương trình, sản phẩm thông tin truyền thông"))
                .allMatch(i -> i.coordinators().equals(List.of("Phòng VH-XH")))
                .allMatch(i -> i.parentTask().equals("Cải thiện mức độ tiếp cận thông tin về giải quyết TTHC"));

        // no cell names the same agency twice
        for (AppendixRow item : result.items()) {
            for (List<String> cell : List.of(item.lead(), item.coordinators())) {
                for (String phrase : cell) {
                    assertThat(phrase).as("row %d", item.sourceRow()).doesNotContainPattern("(\\S.{4,}?)\\s+\\1");
                }
                assertThat(cell).doesNotHaveDuplicates();
            }
        }
    }
}
