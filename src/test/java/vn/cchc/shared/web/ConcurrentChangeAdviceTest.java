package vn.cchc.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page or JSON route whose engine call lost a race (the engine's optimistic locking, e.g. SNV extending a deadline in
 * the second the official completes the task) answers 409 with the Vietnamese sentence, as its error page or as the
 * JSON API's answer; it was a 500. Found by sending the extension and the completion at once (a race that cannot be
 * forced here), so the routes below fail the same way on purpose.
 */
class ConcurrentChangeAdviceTest {

    private static final String SENTENCE = "Thao tác chưa được ghi: công việc (hồ sơ) này vừa được xử lý cùng lúc";

    @Controller
    static class APage {
        @PostMapping("/page")
        String change() {
            throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[7]' failed. Entity was "
                    + "updated by another transaction concurrently.");
        }
    }

    @RestController
    static class AnApi {
        @PostMapping("/api")
        String change() {
            throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TaskEntity[7]' failed.");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new APage(), new AnApi())
            .setControllerAdvice(new ConcurrentChangeAdvice()).build();

    @Test
    void aPageShowsTheErrorPageWith409AndTheSentence() throws Exception {
        mvc.perform(post("/page")).andExpect(status().isConflict()).andExpect(view().name("error"))
                .andExpect(model().attribute("status", 409))
                .andExpect(model().attribute("message", Matchers.startsWith(SENTENCE)));
    }

    @Test
    void theJsonApiAnswers409AsItsOtherRefusals() throws Exception {
        mvc.perform(post("/api")).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value("engine.concurrentChange"))
                .andExpect(jsonPath("$.message").value(Matchers.startsWith(SENTENCE)));
    }
}
