package vn.cchc.reporting.par;

/** A PAR Index self-assessment as the agency types it in its form: one line per criterion, "code | score | evidence". */
public final class SelfAssessmentScores {

    /** Every criterion scored, each within its maximum. */
    public static final String ALL_CRITERIA = """
            1.1 | 3 | Hoàn thành đúng hạn
            1.2 | 2 | Báo cáo đầy đủ
            1.3 | 2 | Không có tồn tại
            2.1 | 3 | Quyết định rà soát số 5/QĐ
            3.1 | 4 | Tỷ lệ hồ sơ đúng hạn 99%
            4.1 | 2 | Quyết định giao tự chủ
            5.1 | 3 | 100% dịch vụ công toàn trình
            6.1 | 2 | Hội nghị đối thoại doanh nghiệp
            """;

    private SelfAssessmentScores() {
    }
}
