package vn.cchc.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped directories of the two-level government, and the choice of a structure by date. */
class TwoLevelDirectoryTest {

    private static final AgencyDirectories SHIPPED = AgencyDirectories.load(Path.of("config/agencies"));

    @TempDir
    Path dir;

    @Test
    void mergedProvinceHasThirteenDepartmentsAndTheCommunesOfResolution1687AndNoDistricts() {
        AgencyDirectory province = SHIPPED.inForce("vinh-long", LocalDate.of(2025, 7, 1));

        assertThat(province.info().effective()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(province.info().level()).isEqualTo(DirectoryInfo.Level.PROVINCE);
        assertThat(province.info().sources()).anyMatch(s -> s.contains("1687/NQ-UBTVQH15"))
                .anyMatch(s -> s.contains("202/2025/QH15"));
        assertThat(province.ofClass(AgencyClass.DISTRICT)).isEmpty();
        assertThat(province.ofClass(AgencyClass.PROVINCIAL)).hasSize(13)
                .extracting(Agency::id).contains("so-noi-vu", "so-tu-phap", "so-tai-chinh", "van-phong-ubnd",
                        "so-nong-nghiep-moi-truong", "so-dan-toc-ton-giao")
                .doesNotContain("so-ke-hoach-dau-tu", "so-thong-tin-truyen-thong", "so-lao-dong-tbxh");
        List<Agency> communes = province.ofClass(AgencyClass.COMMUNE);
        assertThat(communes).hasSize(124);
        assertThat(communes.stream().filter(a -> a.name().startsWith("UBND phường"))).hasSize(19);
        assertThat(communes.stream().filter(a -> a.name().startsWith("UBND xã"))).hasSize(105);
        assertThat(province.byId("ubnd-phuong-thanh-duc")).isPresent();
        assertThat(province.byId("ubnd-xa-long-ho")).isPresent();
        assertThat(province.all()).allSatisfy(a -> {
            if (a.parent() != null) {
                assertThat(province.byId(a.parent())).as("parent of " + a.id()).isPresent();
            }
        });
    }

    @Test
    void planYearChoosesTheStructure() {
        assertThat(SHIPPED.forPlanYear("vinh-long", 2023).ofClass(AgencyClass.DISTRICT)).hasSize(8);
        assertThat(SHIPPED.forPlanYear("vinh-long", 2024).ofClass(AgencyClass.DISTRICT)).hasSize(8);
        assertThat(SHIPPED.forPlanYear("vinh-long", 2025).ofClass(AgencyClass.DISTRICT)).isEmpty();
        assertThat(SHIPPED.forPlanYear("vinh-long", 2027).ofClass(AgencyClass.COMMUNE)).hasSize(124);
        assertThat(SHIPPED.inForce("vinh-long", LocalDate.of(2025, 6, 30)).ofClass(AgencyClass.DISTRICT)).hasSize(8);
        // older than every file: the earliest structure
        assertThat(SHIPPED.forPlanYear("vinh-long", 2010).ofClass(AgencyClass.DISTRICT)).hasSize(8);
    }

    @Test
    void communeDirectoryIsItsOwnUnit() {
        assertThat(SHIPPED.units()).containsExactlyInAnyOrder("vinh-long", "xa-minh-duc");
        AgencyDirectory commune = SHIPPED.forPlanYear("xa-minh-duc", 2025);
        assertThat(commune.info().level()).isEqualTo(DirectoryInfo.Level.COMMUNE);
        assertThat(commune.ofClass(AgencyClass.COMMUNE_UNIT)).extracting(Agency::id)
                .contains("van-phong-hdnd-ubnd", "phong-kinh-te", "phong-van-hoa-xa-hoi", "trung-tam-pvhcc-xa");
        assertThatThrownBy(() -> AgencyDirectory.load(Path.of("config/agencies")))
                .hasMessageContaining("nhiều đơn vị");
        assertThatThrownBy(() -> SHIPPED.inForce("ha-noi", LocalDate.now())).hasMessageContaining("'ha-noi'");
    }

    @Test
    void districtClassNamesNobodyAfterJuly2025AndSuggestsTheCommunes() {
        AgencyResolver resolver = new AgencyResolver(SHIPPED.forPlanYear("vinh-long", 2026));

        Resolution r = resolver.resolve("Sở Nội vụ; UBND cấp huyện");

        assertThat(r.agencyIds()).containsExactly("so-noi-vu");
        assertThat(r.unresolved()).containsExactly("UBND cấp huyện");
        assertThat(r.complete()).isFalse();
        Resolution.EmptyClass empty = r.emptyClass("UBND cấp huyện").orElseThrow();
        assertThat(empty.problem()).startsWith("\"UBND cấp huyện\" không còn đơn vị nào từ 01/07/2025")
                .contains("UBND cấp xã").contains("124 đơn vị");
        assertThat(empty.suggestedIds()).hasSize(124).allMatch(id -> id.startsWith("ubnd-"));
        // the same phrase in a 2024 plan still names the eight districts
        assertThat(new AgencyResolver(SHIPPED.forPlanYear("vinh-long", 2024)).resolve("UBND cấp huyện").agencyIds())
                .hasSize(8);
        // both levels together: the communes carry the work
        assertThat(resolver.resolve("UBND cấp huyện, cấp xã").agencyIds()).hasSize(124);
    }

    @Test
    void confirmedMappingOfAnOldClassWins() {
        AgencyResolver resolver = new AgencyResolver(SHIPPED.forPlanYear("vinh-long", 2026));
        resolver.setLearnedAliases(java.util.Map.of("UBND cấp huyện", List.of("ubnd-phuong-thanh-duc")));

        Resolution r = resolver.resolve("UBND cấp huyện");

        assertThat(r.complete()).isTrue();
        assertThat(r.agencyIds()).containsExactly("ubnd-phuong-thanh-duc");
    }

    @Test
    void emptyClassWithoutReplacementStillBlocks() throws IOException {
        Files.writeString(dir.resolve("x.yml"), """
                directory: {unit: x, name: X, level: commune, effective: 2025-07-01}
                agencies:
                  - {id: van-phong, name: Văn phòng HĐND-UBND, class: don-vi-xa, email: a@x.vn, head: Chánh VP}
                """);
        AgencyResolver resolver = new AgencyResolver(AgencyDirectory.load(dir));

        Resolution r = resolver.resolve("Các sở, ban, ngành tỉnh");

        assertThat(r.unresolved()).containsExactly("Các sở, ban, ngành tỉnh");
        assertThat(r.emptyClasses()).singleElement().satisfies(e -> {
            assertThat(e.problem()).contains("không còn đơn vị nào từ 01/07/2025");
            assertThat(e.suggestedIds()).isEmpty();
        });
        assertThat(resolver.resolve("Các phòng, ban, đơn vị").agencyIds()).containsExactly("van-phong");
        assertThat(resolver.resolve("Các cơ quan, đơn vị").agencyIds()).containsExactly("van-phong");
    }

    @Test
    void headerMistakesAreNamed() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yml"), """
                directory: {unit: x, name: X, level: district, effective: 2025-07-01}
                agencies: []
                """);
        assertThatThrownBy(() -> AgencyDirectories.load(bad)).hasMessageContaining("bad.yml")
                .hasMessageContaining("cấp 'district' không hợp lệ");
        Path date = Files.writeString(dir.resolve("date.yml"), """
                directory: {unit: x, name: X, level: province, effective: 01/07/2025}
                agencies: []
                """);
        assertThatThrownBy(() -> AgencyDirectories.load(date)).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void demoPlanAndDemoUsersNameAgenciesOfThePost2025Province() throws IOException {
        AgencyDirectory province = SHIPPED.forPlanYear("vinh-long", 2026);
        AgencyResolver resolver = new AgencyResolver(province);
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("config/demo/sample-plan.json").toFile());
        assertThat(json).isNotEmpty();
        for (var item : json) {
            for (String field : List.of("lead", "coordinators")) {
                if (item.hasNonNull(field)) {
                    Resolution r = resolver.resolve(item.get(field).asText());
                    assertThat(r.unresolved()).as(field + " of " + item.get("task").asText()).isEmpty();
                    assertThat(r.agencyIds()).isNotEmpty();
                }
            }
        }
        var users = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(Path.of("config/demo-users.yml").toFile());
        for (var user : users.get("users")) {
            for (var group : user.get("groups")) {
                String id = group.asText();
                boolean role = java.util.Arrays.stream(vn.cchc.shared.Role.values())
                        .anyMatch(r -> r.groupId().equals(id));
                if (!role) {
                    assertThat(province.byId(id)).as("group " + id + " of " + user.get("id").asText()).isPresent();
                }
            }
        }
    }
}
