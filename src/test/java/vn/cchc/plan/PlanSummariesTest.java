package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Officials' text shown in forms cannot become links, images or HTML. */
class PlanSummariesTest {

    @Test
    void markdownAndHtmlInOfficialsTextAreEscaped() {
        assertThat(PlanSummaries.escape("[bấm vào](http://x) <script>alert(1)</script> **đậm**"))
                .isEqualTo("\\[bấm vào\\]\\(http://x\\) \\<script\\>alert\\(1\\)\\</script\\> \\*\\*đậm\\*\\*");
        assertThat(PlanSummaries.escape("Dòng 1\nDòng 2")).isEqualTo("Dòng 1 Dòng 2");
    }
}
