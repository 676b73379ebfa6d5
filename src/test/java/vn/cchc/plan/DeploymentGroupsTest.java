package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cchc.deadline.DeadlineKind;

/**
 * A plan's deployment is split into at most eight jobs of about the same number of assignments, every item in
 * exactly one of them ({@link PlanItemDeployment.Items}).
 */
class DeploymentGroupsTest {

    @Test
    void aProvincesItemsAreSplitIntoEightJobsOfAboutTheSameSizeEachItemOnce() {
        List<PlanItem> items = new ArrayList<>();
        // 60 items for one agency each, 6 for 100 communes each (600 of the 660 assignments)
        for (int no = 1; no <= 66; no++) {
            int agencies = no % 11 == 0 ? 100 : 1;
            items.add(item(no, agencies));
        }

        List<String> groups = PlanItemDeployment.Items.groups(items, 8);

        assertThat(groups).hasSize(8);
        List<Integer> all = groups.stream().flatMap(g -> Arrays.stream(g.split(","))).map(Integer::valueOf)
                .sorted().toList();
        assertThat(all).isEqualTo(IntStream.rangeClosed(1, 66).boxed().toList());
        List<Integer> sizes = groups.stream().map(g -> Arrays.stream(g.split(",")).map(Integer::valueOf)
                .mapToInt(no -> no % 11 == 0 ? 100 : 1).sum()).toList();
        // six jobs carry one commune-wide item each, the two others share the 60 single-agency items
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(30, 110));
    }

    @Test
    void fewerItemsThanJobsGiveOneJobPerItem() {
        assertThat(PlanItemDeployment.Items.groups(List.of(item(1, 1), item(2, 3)), 8))
                .containsExactlyInAnyOrder("1", "2");
        assertThat(PlanItemDeployment.Items.groups(List.of(), 8)).isEmpty();
    }

    private static PlanItem item(int no, int agencies) {
        List<String> leads = IntStream.rangeClosed(1, agencies).mapToObj(i -> "agency-" + i).toList();
        return new PlanItem("KH-1", no, "I", String.valueOf(no), "Nhiệm vụ " + no, "", leads, "", List.of(),
                "Báo cáo", "Quý I/2024", DeadlineKind.FIXED, LocalDate.of(2024, 3, 31));
    }
}
