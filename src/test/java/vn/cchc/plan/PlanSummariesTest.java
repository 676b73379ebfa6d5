package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.deadline.DeadlineKind;

/** Officials' text shown in forms cannot become links, images or HTML. */
class PlanSummariesTest {

    @Test
    void markdownAndHtmlInOfficialsTextAreEscaped() {
        assertThat(PlanSummaries.escape("[bấm vào](http://x) <script>alert(1)</script> **đậm**"))
                .isEqualTo("\\[bấm vào\\]\\(http://x\\) \\<script\\>alert\\(1\\)\\</script\\> \\*\\*đậm\\*\\*");
        assertThat(PlanSummaries.escape("Dòng 1\nDòng 2")).isEqualTo("Dòng 1 Dòng 2");
    }

    @Test
    void longTextIsCutAtALineEndAndSaysSo() {
        String table = "| Sở Nội vụ | 12 | 83,3% |\n".repeat(400);
        String fitted = EngineText.fit(table, "\n*(đã rút gọn)*");
        assertThat(fitted.length()).isLessThanOrEqualTo(4000);
        assertThat(fitted).endsWith("| 83,3% |\n*(đã rút gọn)*");
        assertThat(EngineText.fit("ngắn", "*(đã rút gọn)*")).isEqualTo("ngắn");
    }

    @Test
    void returnHistoryKeepsTheNewestReasonsWithinTheLimit() {
        String history = null;
        for (int n = 1; n <= 80; n++) {
            history = ReviewDecisions.withReturn(history, "Kiểm tra kết quả thực hiện",
                    "Lần trả lại thứ " + n + ": thiếu tài liệu minh chứng kèm theo báo cáo");
        }
        assertThat(history.length()).isLessThanOrEqualTo(4000);
        assertThat(history).endsWith("Lần trả lại thứ 80: thiếu tài liệu minh chứng kèm theo báo cáo")
                .doesNotContain("Lần trả lại thứ 1:");
    }

    @Test
    void aLongPlanIsSummarisedWithinTheEnginesStringLimitAndSaysHowManyAreLeftOut() {
        List<PlanItem> items = IntStream.rangeClosed(1, 66).mapToObj(n -> new PlanItem("KH", n, null, null,
                "Nhiệm vụ cải cách hành chính số " + n + " với nội dung khá dài để kiểm tra giới hạn độ dài",
                "Sở Nội vụ", List.of("so-noi-vu"), null, List.of(), "Báo cáo", "Quý IV/2024",
                DeadlineKind.FIXED, null)).toList();
        String summary = new PlanSummaries(new AgencyDirectory(List.of())).items(items);
        assertThat(summary.length()).isLessThanOrEqualTo(4000);
        assertThat(summary).startsWith("1. Nhiệm vụ cải cách hành chính số 1 ")
                .containsPattern("… và \\d+ nhiệm vụ khác \\(tổng cộng 66 nhiệm vụ\\)");
    }
}
