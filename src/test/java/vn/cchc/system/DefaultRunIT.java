package vn.cchc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.plan.LeaderSummary;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.RestClient;

/**
 * The README's first command, as a newcomer runs it: the default configuration (H2 file database, embedded SMTP
 * server, job executor on, demo users and sample plans), only on free ports and a fresh data folder. The server is
 * healthy, this year's sample plan is issued and deployed, the item the demo marks done is done, and the reminder
 * the demo brings forward arrives on /mailbox within the first minute; the demo's leaders have addresses, so the
 * weekly summary the 08:00 job writes on a week's first working day reaches them on /mailbox. Run by failsafe in a JVM of its own (an
 * engine registers itself process-wide; a second application in the suite's JVM would disturb the shared one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultRunIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The demo plan's decision number (DemoPlans): the business keys of its reports start with it. */
    private static final String DEMO_DECISION = "2890/QĐ-UBND";

    @TempDir
    static Path data;

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    LeaderSummary leaderSummary;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    vn.cchc.notify.EmbeddedSmtpServer smtp;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @DynamicPropertySource
    static void freshFolderAndFreePorts(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + data.resolve("cchc") + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
        int smtp = freePort();
        properties.add("spring.mail.port", () -> smtp);
    }

    @Test
    void theDemoRunsAndItsFirstReminderArrives() throws Exception {
        RestClient anonymous = RestClient.anonymous(port);
        assertThat(anonymous.get("/actuator/health").body()).contains("\"UP\"");

        int year = LocalDate.now(VIETNAM).getYear();
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        String plans = snv.get("/plans").body();
        assertThat(plans).contains("KH-DEMO-" + year).contains("KH-DEMO-" + (year + 1));

        String mailbox = waitFor(Duration.ofSeconds(120), () -> snv.get("/mailbox").body(),
                page -> page.contains("[Nhắc việc CCHC]"));
        assertThat(mailbox).contains("[Nhắc việc CCHC]").contains("Rà soát, hệ thống hóa văn bản quy phạm pháp luật");
        // the item the demo marks done has been recorded by its agency and accepted by SNV
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PlanVariables.TASK_PROCESS_KEY)
                .finished().count()).isPositive();
    }

    /**
     * The demo's plans are deployed late in their year: the reports of the periods already past are open but not
     * followed up, so nobody's mailbox fills with escalations at the first start (it had ~200 to the UBND leader).
     * Read once the job executor has run everything due at start.
     */
    @Test
    void theFirstStartDoesNotFloodAnyMailboxWithOverdueMail() throws Exception {
        waitFor(Duration.ofSeconds(120), () -> String.valueOf(management.createJobQuery().executable().count()),
                "0"::equals);
        List<Map<String, Object>> perRecipient = jdbc.queryForList("SELECT recipient, COUNT(*) AS mails "
                + "FROM cchc_notification WHERE template = 'alert' GROUP BY recipient ORDER BY mails DESC");
        assertThat(perRecipient).as("follow-up mails per address at the demo's start").allSatisfy(row ->
                assertThat(((Number) row.get("MAILS")).intValue()).as(String.valueOf(row.get("RECIPIENT")))
                        .isLessThanOrEqualTo(10));
    }

    @Test
    void theWeeklySummaryReachesTheDemoLeadersOnTheMailbox() throws Exception {
        // what the 08:00 job does on next week's first working day (a later week than any the demo has written)
        LocalDate day = LocalDate.now(VIETNAM).with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        assertThat(leaderSummary.run(day)).isGreaterThanOrEqualTo(2);

        // what /mailbox lists (its newest 200): the demo's escalations may push older mails off the page, so the
        // arrival is read from the embedded server itself, then the page is checked to show the summary
        String subject = "tình hình đến ngày " + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String leaders = waitFor(Duration.ofSeconds(120), () -> summaryRecipients(subject),
                to -> to.contains("chutich.ubnd@vinhlong.gov.vn") && to.contains("giamdoc.snv@vinhlong.gov.vn"));
        assertThat(leaders).contains("chutich.ubnd@vinhlong.gov.vn", "giamdoc.snv@vinhlong.gov.vn");
        String mailbox = RestClient.as(port, "giamdoc.snv").get("/mailbox").body();
        assertThat(mailbox).contains("[Tổng hợp CCHC hằng tuần]", subject);
    }

    /**
     * Issue 19's acceptance on the demo itself: a quarterly province report of the demo plan, downloaded from
     * /reports by SNV, is an A4 document in the decree's format (left margin 30–35 mm, Times New Roman 13–14 pt,
     * the agency table's header repeated, agency names on at most two lines, the outline's sections), and its
     * workbook prints one page wide in landscape on at most two pages (per area and per class of agencies), the
     * per-agency table being a workbook of its own, one page wide. POI checks always (including the effective size
     * of the text once scaled to the pages); LibreOffice renders them where installed (PNG pages under
     * {@code target/rendered/demo-province-report/}).
     */
    @Test
    void theDemoPlansQuarterlyProvinceReportPrintsAsTheDecreeSays() throws Exception {
        int year = LocalDate.now(VIETNAM).getYear();
        java.util.regex.Pattern docxLink = java.util.regex.Pattern.compile(
                "href=\"/reports/([0-9a-f-]{36})\">(Báo cáo công tác CCHC Quý [IV]+ năm " + year + ")\\.docx</a>");
        RestClient snv = RestClient.as(port, "chuyenvien.snv");
        String page = waitFor(Duration.ofSeconds(120), () -> snv.get("/reports?plan=KH-DEMO-" + year).body(),
                p -> docxLink.matcher(p).find());
        java.util.regex.Matcher docx = docxLink.matcher(page);
        assertThat(docx.find()).as("a quarterly province report of KH-DEMO-" + year + " on /reports:\n" + page).isTrue();
        String title = docx.group(2);
        // an agency's own report of the quarter, compiled into the narrative when SNV asks for it ("Tổng hợp lại")
        String quarter = title.replaceAll(".*Quý ([IV]+) năm.*", "$1");
        String period = java.util.Map.of("I", "Q1", "II", "Q2", "III", "Q3", "IV", "Q4").get(quarter) + "-" + year;
        if (submitAndRecompile(period)) {
            page = waitFor(Duration.ofSeconds(120), () -> snv.get("/reports?plan=KH-DEMO-" + year).body(),
                    p -> docxLink.matcher(p).find() && provinceTaskCreatedAfterRecompile(period));
            docx = docxLink.matcher(page);
            assertThat(docx.find()).isTrue();
        }
        java.util.regex.Matcher xlsx = java.util.regex.Pattern.compile("href=\"/reports/([0-9a-f-]{36})\">"
                + java.util.regex.Pattern.quote("Số liệu b" + title.substring(1) + ".xlsx") + "</a>").matcher(page);
        assertThat(xlsx.find()).as("its workbook").isTrue();
        // the per-agency table: a workbook of its own next to the summary (the summary prints on two pages)
        java.util.regex.Matcher detail = java.util.regex.Pattern.compile("href=\"/reports/([0-9a-f-]{36})\">"
                + java.util.regex.Pattern.quote("Số liệu từng cơ quan, b" + title.substring(1) + ".xlsx") + "</a>")
                .matcher(page);
        assertThat(detail.find()).as("its per-agency workbook").isTrue();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("bao-cao-quy.docx", download("chuyenvien.snv", docx.group(1)));
        files.put("so-lieu-quy.xlsx", download("chuyenvien.snv", xlsx.group(1)));
        files.put("so-lieu-tung-co-quan.xlsx", download("chuyenvien.snv", detail.group(1)));
        assertThat(download("cv.so-tu-phap", docx.group(1))).as("a draft is SNV's only").isNull();

        List<String> agencies = DemoProvinceReport.checkDocx(files.get("bao-cao-quy.docx"));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(files.get("bao-cao-quy.docx")))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText())
                    .as("the agency's own text, attributed").contains("Sở Tư pháp: " + JUSTICE_TEXT);
        }
        List<List<String>> headings = DemoProvinceReport.checkWorkbook(files.get("so-lieu-quy.xlsx"));
        List<List<String>> detailHeadings = DemoProvinceReport.checkWorkbook(files.get("so-lieu-tung-co-quan.xlsx"));
        DemoProvinceReport.checkLegible(files.get("so-lieu-quy.xlsx"));
        DemoProvinceReport.checkLegible(files.get("so-lieu-tung-co-quan.xlsx"));
        if (!vn.cchc.documents.format.OfficeRendering.available()) {
            System.out.println("LibreOffice not installed: the demo's province report was checked with POI only");
            return;
        }
        var rendered = vn.cchc.documents.format.OfficeRendering.render("demo-province-report", files);
        DemoProvinceReport.checkRendered(rendered, agencies, headings, detailHeadings);
        assertThat(rendered.get("bao-cao-quy.docx").text()).contains("rà soát 42 văn bản quy phạm pháp luật");
    }

    private static final String JUSTICE_TEXT = "Sở đã rà soát 42 văn bản quy phạm pháp luật, kiến nghị sửa đổi 3 văn bản.";
    private String recompiledFrom;

    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    /**
     * Sở Tư pháp writes and its head approves its report of {@code period} of the demo plan (as the system: the
     * forms' fields only), then SNV asks for the province report to be compiled again. False when the demo has no
     * such report waiting (the check then runs on the report as compiled at start).
     */
    private boolean submitAndRecompile(String period) {
        String key = DEMO_DECISION + ":" + period;
        org.camunda.bpm.engine.task.Task prepare = tasks.createTaskQuery()
                .processInstanceBusinessKey(key + ":so-tu-phap").taskDefinitionKey("prepareReport").singleResult();
        org.camunda.bpm.engine.task.Task review = tasks.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("reviewProvinceReport").singleResult();
        if (prepare == null || review == null) {
            System.out.println("DefaultRunIT: no report of Sở Tư pháp or province review waiting for " + key);
            return false;
        }
        tasks.complete(prepare.getId(), Map.of("reportSummary", JUSTICE_TEXT, "progressText", ""));
        org.camunda.bpm.engine.task.Task approve = tasks.createTaskQuery()
                .processInstanceBusinessKey(key + ":so-tu-phap").taskDefinitionKey("approveReport").singleResult();
        tasks.complete(approve.getId(), Map.of("approved", true));
        recompiledFrom = review.getId();
        tasks.complete(review.getId(), Map.of("recompile", "true"));
        return true;
    }

    private boolean provinceTaskCreatedAfterRecompile(String period) {
        org.camunda.bpm.engine.task.Task review = tasks.createTaskQuery()
                .processInstanceBusinessKey(DEMO_DECISION + ":" + period).taskDefinitionKey("reviewProvinceReport")
                .singleResult();
        return review != null && !review.getId().equals(recompiledFrom);
    }

    /** The document as downloaded by {@code user}; null when refused (403). */
    private byte[] download(String user, String id) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/reports/" + id))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 403) {
            return null;
        }
        assertThat(response.statusCode()).as(user + " downloads " + id).isEqualTo(200);
        return response.body();
    }

    /** The recipients of the received mails whose subject contains {@code subject}. */
    private String summaryRecipients(String subject) {
        StringBuilder to = new StringBuilder();
        try {
            for (jakarta.mail.internet.MimeMessage m : smtp.received()) {
                if (m.getSubject() != null && m.getSubject().contains(subject)) {
                    to.append(java.util.Arrays.toString(m.getAllRecipients())).append(' ');
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return to.toString();
    }

    private static String waitFor(Duration limit, java.util.function.Supplier<String> read,
                                  java.util.function.Predicate<String> done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        String last = read.get();
        while (!done.test(last) && System.nanoTime() < end) {
            Thread.sleep(2000);
            last = read.get();
        }
        return last;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
