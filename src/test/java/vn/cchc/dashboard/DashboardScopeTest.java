package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardScopeTest {

    private static final Set<String> AGENCIES = Set.of("so-tu-phap", "so-noi-vu", "ubnd-huyen-long-ho");

    @Test
    void leadersSnvAndAdminsSeeTheWholeProvinceAndMayDirect() {
        for (String group : List.of("ubnd-leader", "snv-director", "snv-specialist", "camunda-admin")) {
            DashboardScope scope = DashboardScope.of(Set.of(group, "so-noi-vu"), AGENCIES).orElseThrow();
            assertThat(scope.province()).as(group).isTrue();
            assertThat(scope.mayDirect()).as(group).isTrue();
            assertThat(scope.sees("so-tu-phap")).as(group).isTrue();
        }
    }

    @Test
    void anAgencyHeadSeesOnlyTheirAgenciesReadOnly() {
        DashboardScope scope = DashboardScope.of(Set.of("agency-head", "so-tu-phap", "agency-official"), AGENCIES)
                .orElseThrow();
        assertThat(scope.province()).isFalse();
        assertThat(scope.agencies()).containsExactly("so-tu-phap");
        assertThat(scope.mayDirect()).isFalse();
        assertThat(scope.sees("so-tu-phap")).isTrue();
        assertThat(scope.sees("so-noi-vu")).isFalse();
    }

    @Test
    void officialsHeadsWithoutAnAgencyAndStrangersSeeNothing() {
        assertThat(DashboardScope.of(Set.of("agency-official", "so-tu-phap"), AGENCIES)).isEmpty();
        assertThat(DashboardScope.of(Set.of("agency-head"), AGENCIES)).isEmpty();
        assertThat(DashboardScope.of(Set.of("agency-head", "appraiser"), AGENCIES)).isEmpty();
        assertThat(DashboardScope.of(Set.of("appraiser"), AGENCIES)).isEmpty();
        assertThat(DashboardScope.of(Set.of(), AGENCIES)).isEmpty();
    }
}
