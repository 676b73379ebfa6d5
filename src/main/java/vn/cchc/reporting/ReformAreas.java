package vn.cchc.reporting;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The six reform areas of the State administrative reform master programme 2021–2030 (Resolution 76/NQ-CP), in the
 * order the Ministry of Home Affairs' outline reports them; a plan's section ("I. CẢI CÁCH THỂ CHẾ", "VI. XÂY
 * DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ …") is matched to one by its key words, and a section matching none (e.g.
 * "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH") is reported under direction and organisation. Titles and key words are texts of
 * {@code province-report.properties} ({@code area.1.title}, {@code area.1.keys}, …).
 */
final class ReformAreas {

    static final int COUNT = 6;

    private ReformAreas() {
    }

    /** The area's title in the report ("Cải cách thể chế"), 1-based. */
    static String title(int area) {
        return ReportLabels.get("area." + area + ".title");
    }

    /** 1–6 for a plan section of a reform area, 0 for any other section (direction and organisation, others). */
    static int of(String section) {
        String s = plain(section);
        for (int area = 1; area <= COUNT; area++) {
            for (String key : ReportLabels.get("area." + area + ".keys").split("\\|")) {
                if (!key.isBlank() && s.contains(plain(key))) {
                    return area;
                }
            }
        }
        return 0;
    }

    static List<Integer> all() {
        return List.of(1, 2, 3, 4, 5, 6);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
