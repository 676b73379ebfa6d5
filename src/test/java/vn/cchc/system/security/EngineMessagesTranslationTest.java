package vn.cchc.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's English wrapping around our Vietnamese refusal is removed; common engine errors are translated. */
class EngineMessagesTranslationTest {

    @Test
    void listenerRefusalKeepsOnlyTheVietnameseReason() {
        assertThat(EngineMessages.vietnamese("Cannot submit task form 4f2a: ENGINE-03051 There was an exception while invoking the TaskListener. "
                + "Message: 'Exception while invoking TaskListener: Chưa nhập \"Văn bản / sản phẩm\".'"))
                .isEqualTo("Chưa nhập \"Văn bản / sản phẩm\".");
    }

    @Test
    void engineErrorsBecomeVietnamese() {
        assertThat(EngineMessages.vietnamese("No matching task with id abc")).isEqualTo(EngineMessages.TASK_GONE);
        assertThat(EngineMessages.vietnamese("The user with id 'x' does not have 'UPDATE' permission on resource 'y'"))
                .isEqualTo(EngineMessages.NOT_ALLOWED);
        assertThat(EngineMessages.vietnamese("Khác")).isEqualTo("Khác");
    }
}
