package vn.cchc.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.followup.TaskFixture.at;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cchc.followup.TaskFixture;
import vn.cchc.support.CchcIntegrationTest;
import vn.cchc.support.TestSmtp;

/** The Monday digest of an agency: its overdue tasks and those due within 15 working days, once a week. */
@CchcIntegrationTest
class WeeklyDigestTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    NotificationDelivery delivery;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void agencyGetsItsOverdueAndUpcomingTasksOnceAWeek() throws Exception {
        ClockUtil.setCurrentTime(at(2024, 1, 2, 9, 0));
        TaskFixture plan = new TaskFixture(engine, jdbc, "Kế hoạch cải cách hành chính năm 2024");
        String agency = "so-giao-duc-dao-tao";
        plan.start(1, agency, "Sở Giáo dục và Đào tạo", "Báo cáo công tác CCHC quý I", "Quý I/2024",
                LocalDate.of(2024, 4, 1));
        plan.start(2, agency, "Sở Giáo dục và Đào tạo", "Tự đánh giá Chỉ số CCHC", "Trước ngày 20/4/2024",
                LocalDate.of(2024, 4, 19));
        plan.start(3, agency, "Sở Giáo dục và Đào tạo", "Khảo sát mức độ hài lòng", "Quý II/2024",
                LocalDate.of(2024, 7, 1));
        ProcessInstance done = plan.start(4, agency, "Sở Giáo dục và Đào tạo", "Niêm yết thủ tục hành chính",
                "Tháng 3/2024", LocalDate.of(2024, 3, 29));
        jdbc.update("UPDATE cchc_assignment SET status = 'DONE_ON_TIME' WHERE id = ?", done.getBusinessKey());

        // Monday 08/04/2024: 15 working days ahead (18/4, 29/4–1/5 off) is 03/05; 19/04 is 8 working days away
        ClockUtil.setCurrentTime(at(2024, 4, 8, 7, 0));
        assertThat(digest.run()).isGreaterThanOrEqualTo(1);
        assertThat(digest.run()).isZero();
        delivery.drain();

        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> header(m).equals("digest:" + agency + ":2024-W15")).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("[Tổng hợp CCHC] Sở Giáo dục và Đào tạo: 1 nhiệm vụ quá hạn, "
                + "1 nhiệm vụ sắp đến hạn (tuần từ 08/04/2024)");
        String text = NotificationDeliveryTest.part(mail, "text/plain");
        assertThat(text).contains("- Báo cáo công tác CCHC quý I — hạn 01/04/2024, quá hạn 5 ngày làm việc",
                        "- Tự đánh giá Chỉ số CCHC — hạn 19/04/2024, còn 8 ngày làm việc")
                .doesNotContain("Khảo sát mức độ hài lòng", "Niêm yết thủ tục hành chính");
    }

    private static String header(MimeMessage m) {
        try {
            String h = m.getHeader(MailComposer.KEY_HEADER, null);
            return h == null ? "" : h;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
