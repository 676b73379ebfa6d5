package vn.cchc.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AgencyResolverTest {

    private static AgencyDirectory directory;
    private static AgencyResolver resolver;
    private static List<String> provincial;
    private static List<String> districts;
    private static List<String> communes;

    @BeforeAll
    static void load() {
        directory = AgencyDirectory.load(Path.of("config/agencies/vinh-long.yml"));
        resolver = new AgencyResolver(directory);
        provincial = ids(AgencyClass.PROVINCIAL);
        districts = ids(AgencyClass.DISTRICT);
        communes = ids(AgencyClass.COMMUNE);
    }

    private static List<String> ids(AgencyClass c) {
        return directory.ofClass(c).stream().map(Agency::id).toList();
    }

    @Test
    void namesAndAliasesIgnoreAccentsCaseAndSpacing() {
        assertThat(resolver.resolve("Sở Tư pháp").agencyIds()).containsExactly("so-tu-phap");
        assertThat(resolver.resolve("  SO  TU   PHAP ").agencyIds()).containsExactly("so-tu-phap");
        assertThat(resolver.resolve("Cơ quan thường trực BCĐ CCHC tỉnh").agencyIds()).containsExactly("so-noi-vu");
        assertThat(resolver.resolve("Cơ quan thường trực Ban Chỉ đạo CCHC").agencyIds()).containsExactly("so-noi-vu");
        assertThat(resolver.resolve("Sở TT&TT").agencyIds()).containsExactly("so-thong-tin-truyen-thong");
        assertThat(resolver.resolve("Sở KH&ĐT").agencyIds()).containsExactly("so-ke-hoach-dau-tu");
        assertThat(resolver.resolve("Đài PT-TH").agencyIds()).containsExactly("dai-phat-thanh-truyen-hinh");
        assertThat(resolver.resolve("Văn phòng UBND tỉnh").agencyIds()).containsExactly("van-phong-ubnd");
        assertThat(resolver.resolve("UBND tỉnh").agencyIds()).containsExactly("ubnd-tinh");
        assertThat(resolver.resolve("BCĐ CCHC tỉnh").agencyIds()).containsExactly("ban-chi-dao-cchc");
        assertThat(resolver.resolve("Sở Lao động - Thương binh và Xã hội").agencyIds())
                .containsExactly("so-lao-dong-tbxh");
    }

    @Test
    void decomposedUnicodeIsNormalisedFirst() {
        String nfd = java.text.Normalizer.normalize("Sở Nội vụ", java.text.Normalizer.Form.NFD);
        assertThat(resolver.resolve(nfd).agencyIds()).containsExactly("so-noi-vu");
    }

    @Test
    void classesExpandToEveryMember() {
        assertThat(provincial).contains("so-noi-vu", "van-phong-ubnd").doesNotContain("ubnd-tinh", "bao-vinh-long");
        assertThat(resolver.resolve("Các sở, ban, ngành tỉnh").agencyIds()).containsExactlyElementsOf(provincial);
        assertThat(resolver.resolve("UBND cấp huyện").agencyIds()).containsExactlyElementsOf(districts);
        assertThat(resolver.resolve("UBND các huyện, thị xã, thành phố").agencyIds())
                .containsExactlyElementsOf(districts);
        assertThat(resolver.resolve("Ủy ban nhân dân cấp xã").agencyIds()).containsExactlyElementsOf(communes);
        assertThat(resolver.resolve("UBND cấp huyện, cấp xã").agencyIds())
                .containsExactlyElementsOf(concat(districts, communes));
    }

    @Test
    void agenciesAndUnitsMeanEveryAgencyButRelatedOnesStayUnresolved() {
        assertThat(resolver.resolve("Các cơ quan, đơn vị").agencyIds())
                .containsExactlyElementsOf(concat(provincial, concat(districts, communes)));
        assertThat(resolver.resolve("Các cơ quan, đơn vị, địa phương").unresolved()).isEmpty();

        Resolution related = resolver.resolve("Các cơ quan, đơn vị có liên quan");
        assertThat(related.agencyIds()).isEmpty();
        assertThat(related.unresolved()).containsExactly("Các cơ quan, đơn vị có liên quan");
    }

    @Test
    void mixturesKeepOrderAndDropDuplicates() {
        Resolution r = resolver.resolve("Sở Tài chính; Sở Kế hoạch và Đầu tư; Ngân hàng Chính sách xã hội chi "
                + "nhánh Vĩnh Long; UBND cấp huyện");
        assertThat(r.agencyIds()).containsExactlyElementsOf(concat(
                List.of("so-tai-chinh", "so-ke-hoach-dau-tu", "ngan-hang-csxh"), districts));
        assertThat(r.unresolved()).isEmpty();

        Resolution mixed = resolver.resolve("Sở Nội vụ; các sở, ban, ngành tỉnh;\nUBND cấp huyện, cấp xã");
        assertThat(mixed.agencyIds().get(0)).isEqualTo("so-noi-vu");
        assertThat(mixed.agencyIds()).doesNotHaveDuplicates()
                .hasSize(provincial.size() + districts.size() + communes.size());

        assertThat(resolver.resolve("Sở Tài chính, Sở Nội vụ và các đơn vị liên quan"))
                .isEqualTo(new Resolution(List.of("so-tai-chinh", "so-noi-vu"), List.of("các đơn vị liên quan")));
        assertThat(resolver.resolve("Sở Thông tin và Truyền thông và Báo Vĩnh Long").agencyIds())
                .containsExactly("so-thong-tin-truyen-thong", "bao-vinh-long");
    }

    @Test
    void unknownPartsAreReturnedAsWritten() {
        Resolution r = resolver.resolve("Sở Nội vụ; Phòng Văn hóa - Xã hội; Cơ quan thường trực");
        assertThat(r.agencyIds()).containsExactly("so-noi-vu");
        assertThat(r.unresolved()).containsExactly("Phòng Văn hóa - Xã hội", "Cơ quan thường trực");
        assertThat(r.complete()).isFalse();
        assertThat(resolver.resolve("").agencyIds()).isEmpty();
        assertThat(resolver.resolve("").complete()).isTrue();
    }

    @Test
    void mergedLeadAndCoordinatorCellsAreSplit() {
        assertThat(LeadAndCoordinators.split("Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan"))
                .isEqualTo(new LeadAndCoordinators("Sở Tư pháp", "các cơ quan liên quan"));
        assertThat(LeadAndCoordinators.split("Chủ trì: Sở Nội vụ; Phối hợp: Các sở, ban, ngành tỉnh"))
                .isEqualTo(new LeadAndCoordinators("Sở Nội vụ", "Các sở, ban, ngành tỉnh"));
        assertThat(LeadAndCoordinators.split("Sở Y tế chủ trì; Sở Tài chính phối hợp"))
                .isEqualTo(new LeadAndCoordinators("Sở Y tế", "Sở Tài chính"));
        assertThat(LeadAndCoordinators.split("Sở Nội vụ (chủ trì)"))
                .isEqualTo(new LeadAndCoordinators("Sở Nội vụ", ""));
        assertThat(LeadAndCoordinators.split("Văn phòng UBND tỉnh"))
                .isEqualTo(new LeadAndCoordinators("Văn phòng UBND tỉnh", ""));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
