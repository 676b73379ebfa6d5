package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void sectionHeadingsAsPlansWriteThemFallInTheSixAreas() {
        assertThat(Area.of("I. CẢI CÁCH THỂ CHẾ")).isEqualTo(Area.INSTITUTIONS);
        assertThat(Area.of("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")).isEqualTo(Area.PROCEDURES);
        assertThat(Area.of("2. Cải cách TTHC")).isEqualTo(Area.PROCEDURES);
        assertThat(Area.of("III. CẢI CÁCH TỔ CHỨC BỘ MÁY")).isEqualTo(Area.ORGANISATION);
        assertThat(Area.of("IV. Cải cách chế độ công vụ")).isEqualTo(Area.CIVIL_SERVICE);
        assertThat(Area.of("V. CẢI CÁCH TÀI CHÍNH CÔNG")).isEqualTo(Area.PUBLIC_FINANCE);
        assertThat(Area.of("VI. XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"))
                .isEqualTo(Area.DIGITAL_GOVERNMENT);
        assertThat(Area.of("VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")).isEqualTo(Area.OTHER);
        assertThat(Area.of("")).isEqualTo(Area.OTHER);
        assertThat(Area.of(null)).isEqualTo(Area.OTHER);
        assertThat(Area.ofCode("tthc")).isEqualTo(Area.PROCEDURES);
        assertThat(Area.ofCode("x")).isNull();
    }
}
