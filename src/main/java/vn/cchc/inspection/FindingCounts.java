package vn.cchc.inspection;

/** Inspection findings of one agency on a given day: still open, remedied on time, remedied late. */
public record FindingCounts(int open, int remediedOnTime, int remediedLate) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0);

    public int total() {
        return open + remediedOnTime + remediedLate;
    }
}
