package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** The coded refusal: its message is the bundle's sentence, it is an engine exception, it names every problem. */
class UserInputExceptionTest {

    @Test
    void theMessageIsTheSentenceOfTheCode() {
        UserInputException e = UserInputException.field("items", "plan.items.invalidJson", 3, 14);

        assertThat(e).isInstanceOf(ProcessEngineException.class);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("plan.items.invalidJson");
        assertThat(e.args()).containsExactly(3, 14);
        assertThat(e.field()).isEqualTo("items");
        assertThat(e.getMessage()).isEqualTo("Danh sách nhiệm vụ không phải JSON hợp lệ (dòng 3, cột 14).");
    }

    @Test
    void statusesForMissingAndConflictingThings() {
        assertThat(UserInputException.notFound("plan.notFound", "KH-1").status()).isEqualTo(404);
        assertThat(UserInputException.conflict("plan.registration.exists", "KH-1").status()).isEqualTo(409);
        assertThat(UserInputException.with(413, "attachment.tooLarge", "a.pdf", 20).getMessage())
                .isEqualTo("Tệp a.pdf: lớn hơn 20 MB, không nhận được.");
    }

    @Test
    void collectedProblemsAreAllReportedOrNothingIsThrown() {
        UserInputException.Problems none = new UserInputException.Problems();
        none.check(400);

        UserInputException.Problems two = new UserInputException.Problems()
                .add("a", "plan.review.noDecision")
                .add("b", "plan.review.noReason");
        assertThatThrownBy(() -> two.check(422))
                .isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.details()).extracting(UserInputException.Problem::field).containsExactly("a", "b");
                    assertThat(e.getMessage()).isEqualTo(String.join(" ", e.problems()));
                });
    }

    @Test
    void aRefusalNamesAtLeastOneProblem() {
        assertThatThrownBy(() -> new UserInputException(400, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
