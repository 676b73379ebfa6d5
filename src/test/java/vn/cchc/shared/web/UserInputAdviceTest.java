package vn.cchc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException;

/** A coded refusal thrown by a JSON API becomes its status and the shared answer, logged as one line. */
@ExtendWith(OutputCaptureExtension.class)
class UserInputAdviceTest {

    @RestController
    static class Refusing {

        @GetMapping("/api/test/missing")
        String missing() {
            throw UserInputException.notFound("plan.notFound", "KH-2099-01");
        }

        @GetMapping("/api/test/form")
        String form() {
            new UserInputException.Problems()
                    .add("newDue", "plan.date.missing", Texts.get("plan.field.newDue"))
                    .add("extensionReason", "plan.reason.missing", Texts.get("plan.field.extensionReason"))
                    .add("eventDate", "plan.date.invalid", Texts.get("plan.field.eventDate"), "31/02/2026")
                    .check(UserInputException.BAD_REQUEST);
            return "never";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
            .setControllerAdvice(new UserInputAdvice()).build();

    @Test
    void aCodedRefusalIsItsStatusWithCodeAndVietnameseMessage(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/test/missing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.code").value("plan.notFound"))
                .andExpect(jsonPath("$.message").value("Không tìm thấy kế hoạch KH-2099-01."))
                .andExpect(jsonPath("$.problems[0]").value("Không tìm thấy kế hoạch KH-2099-01."))
                .andExpect(jsonPath("$.field").doesNotExist());

        String logged = output.getOut().lines().filter(l -> l.contains("UserInputAdvice")).reduce("", String::concat);
        assertThat(logged).contains("GET /api/test/missing refused (404, plan.notFound)")
                .contains("Không tìm thấy kế hoạch KH-2099-01.");
        assertThat(output.getOut().lines().filter(l -> l.contains("UserInputAdvice"))).hasSize(1);
        assertThat(output.getOut()).doesNotContain("\tat vn.cchc").doesNotContain("UserInputException:");
    }

    @Test
    void aFormWithThreeBadFieldsNamesAllThree() throws Exception {
        mvc.perform(get("/api/test/form"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("plan.date.missing"))
                .andExpect(jsonPath("$.field").value("newDue"))
                .andExpect(jsonPath("$.problems.length()").value(3))
                .andExpect(jsonPath("$.problems[0]").value("Hạn mới: chưa nhập ngày (dd/MM/yyyy)."))
                .andExpect(jsonPath("$.details[1].code").value("plan.reason.missing"))
                .andExpect(jsonPath("$.details[1].field").value("extensionReason"))
                .andExpect(jsonPath("$.details[2].field").value("eventDate"))
                .andExpect(jsonPath("$.details[2].message")
                        .value("Ngày diễn ra sự kiện: \"31/02/2026\" không phải là ngày hợp lệ (dd/MM/yyyy, ví dụ "
                                + "28/06/2024)."))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Hạn mới"),
                        org.hamcrest.Matchers.containsString("Lý do gia hạn"),
                        org.hamcrest.Matchers.containsString("Ngày diễn ra sự kiện"))));
    }
}
