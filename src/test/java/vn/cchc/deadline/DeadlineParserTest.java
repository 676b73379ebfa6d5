package vn.cchc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DeadlineParserTest {

    private final DeadlineParser parser = new DeadlineParser(2024);

    @Test
    void perAgencyKeepsEachClassAsWrittenInOrder() {
        Deadline d = parser.parse("Các sở, ban, ngành tỉnh, UBND cấp huyện: trước ngày 01/3/2024; "
                + "UBND cấp xã: theo yêu câu của UBND cấp huyện");

        assertThat(d.kind()).isEqualTo(DeadlineKind.PER_AGENCY);
        assertThat(d.byAgency()).containsOnlyKeys("Các sở, ban, ngành tỉnh, UBND cấp huyện", "UBND cấp xã");
        assertThat(d.byAgency().keySet()).first().isEqualTo("Các sở, ban, ngành tỉnh, UBND cấp huyện");
        Deadline province = d.byAgency().get("Các sở, ban, ngành tỉnh, UBND cấp huyện");
        assertThat(province.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(province.dates()).containsExactly(LocalDate.of(2024, 2, 29));
        Deadline commune = d.byAgency().get("UBND cấp xã");
        assertThat(commune.kind()).isEqualTo(DeadlineKind.PER_REGULATION);
        assertThat(commune.text()).isEqualTo("theo yêu cầu của UBND cấp huyện");
        assertThat(d.needsAttention()).isTrue();
    }

    @Test
    void milestoneInBracketsIsExposedAndTheDateKept() {
        Deadline d = parser.parse("Quý I/2024 (ban hành Kế hoạch)");

        assertThat(d.milestone()).isEqualTo("ban hành Kế hoạch");
        assertThat(d.lastDate()).contains(LocalDate.of(2024, 3, 31));
    }

    @Test
    void unknownKeepsTheOriginalText() {
        Deadline d = parser.parse("  Tuyển dụng công chức\n");

        assertThat(d.kind()).isEqualTo(DeadlineKind.UNKNOWN);
        assertThat(d.text()).isEqualTo("  Tuyển dụng công chức\n");
        assertThat(d.needsAttention()).isTrue();
    }

    @Test
    void nullBecomesUnknownEmptyText() {
        assertThat(parser.parse(null)).isEqualTo(Deadline.unknown(""));
    }

    @Test
    void impossibleDateIsNotADate() {
        assertThat(parser.parse("Trước ngày 31/02/2024").kind()).isEqualTo(DeadlineKind.UNKNOWN);
    }

    @Test
    void aYearNoCalendarKeepsIsNotADateButKeptAndFlagged() {
        for (String slip : new String[] {"Trước ngày 01/01/9999", "Quý III/3024", "Tháng 6/9999", "6 tháng cuối năm 9999"}) {
            Deadline d = parser.parse(slip);
            assertThat(d.kind()).as(slip).isEqualTo(DeadlineKind.UNKNOWN);
            assertThat(d.text()).as(slip).isEqualTo(slip);
            assertThat(d.needsAttention()).as(slip).isTrue();
        }
        assertThat(parser.parse("Trước ngày 16/01/2200").dates()).containsExactly(java.time.LocalDate.of(2200, 1, 15));
    }

    @Test
    void neverThrowsNorReturnsNullOnArbitraryInput() {
        Random random = new Random(42);
        String alphabet = "Quý IV/2024 tháng năm ngày trước ;:()<p>&nbsp;-–,0123456789 thường xuyên định kỳ\n\u0301";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Deadline d = parser.parse(sb.toString());
            assertThat(d).isNotNull();
            assertThat(d.text()).isEqualTo(sb.toString());
        }
    }
}
