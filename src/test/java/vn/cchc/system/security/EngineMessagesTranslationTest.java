package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.cchc.shared.Messages;
import vn.cchc.shared.UserInputException;

/** The engine's English wrapping around our Vietnamese refusal is removed; common engine errors are translated. */
class EngineMessagesTranslationTest {

    private final EngineMessages filter = new EngineMessages(new Messages(bundle()));

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void listenerRefusalKeepsOnlyTheVietnameseReason() {
        assertThat(filter.vietnamese("Cannot submit task form 4f2a: ENGINE-03051 There was an exception while invoking the TaskListener. "
                + "Message: 'Exception while invoking TaskListener: Chưa nhập \"Văn bản / sản phẩm\".'"))
                .isEqualTo("Chưa nhập \"Văn bản / sản phẩm\".");
        assertThat(filter.vietnamese("Cannot complete task 4f2a: Chưa nhập \"Văn bản / sản phẩm\"."))
                .isEqualTo("Chưa nhập \"Văn bản / sản phẩm\".");
        assertThat(filter.vietnamese("Cannot instantiate process definition inspection:3:9f1c: Năm kiểm tra không "
                + "hợp lệ: 1900.")).isEqualTo("Năm kiểm tra không hợp lệ: 1900.");
    }

    @Test
    void aRefusalOfThisRequestGetsItsFieldAndCode() {
        UserInputException refusal = UserInputException.field("productReference", "plan.form.missing",
                "Văn bản / sản phẩm");
        EngineMessages.Rewritten rewritten = filter.rewrite(400, ("{\"type\":\"RestException\",\"message\":"
                + "\"Cannot submit task form 4f2a: " + refusal.getMessage().replace("\"", "\\\"") + "\",\"code\":0}")
                .getBytes(StandardCharsets.UTF_8), refusal);
        String body = new String(rewritten.body(), StandardCharsets.UTF_8);
        assertThat(rewritten.status()).isEqualTo(400);
        assertThat(body).contains("\"message\":\"Chưa nhập \\\"Văn bản / sản phẩm\\\".\"")
                .contains("\"field\":\"productReference\"").contains("\"code\":0")
                .contains("\"refusal\":{\"code\":\"plan.form.missing\",\"status\":400");
        assertThat(filter.rewrite(500, "{\"type\":\"RestException\",\"message\":\"Connection refused\"}"
                .getBytes(StandardCharsets.UTF_8), refusal)).as("another failure of the request").isNull();
    }

    @Test
    void engineErrorsBecomeVietnamese() {
        assertThat(filter.vietnamese("No matching task with id abc")).startsWith("Không tìm thấy công việc này");
        assertThat(filter.vietnamese("The user with id 'x' does not have 'UPDATE' permission on resource 'y'"))
                .isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        // what an official got for the engine's telemetry data (GET /engine-rest/telemetry/data)
        assertThat(filter.vietnamese("ENGINE-03110 Required admin authenticated group or user or any of the "
                + "following permissions: 'READ' permission on resource 'System'"))
                .isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        assertThat(filter.vietnamese("No task found for task id abc")).startsWith("Không tìm thấy công việc này");
        assertThat(filter.vietnamese("Process instance with id abc does not exist"))
                .startsWith("Không tìm thấy hồ sơ này");
        assertThat(filter.vietnamese("Historic process instance with id abc does not exist"))
                .startsWith("Không tìm thấy hồ sơ này");
        assertThat(filter.vietnamese("Khác")).isEqualTo("Khác");
    }

    @Test
    void aValueTheEngineWillNotStoreIsTheCallersMistake() {
        EngineMessages.Rewritten java = filter.rewrite(500, ("{\"type\":\"RestException\",\"message\":\"Cannot "
                + "instantiate process definition p:1:2: ENGINE-17007 Cannot set variable with name x. Java "
                + "serialization format is prohibited\",\"code\":0}").getBytes(StandardCharsets.UTF_8));
        assertThat(java.status()).isEqualTo(400);
        assertThat(java.message()).startsWith("Không nhận giá trị của biến x");
        assertThat(filter.rewrite(500, "{\"type\":\"RestException\",\"message\":\"Connection refused\"}"
                .getBytes(StandardCharsets.UTF_8))).as("any other failure stays a server error").isNull();
    }
}
