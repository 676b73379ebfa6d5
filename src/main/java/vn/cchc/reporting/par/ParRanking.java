package vn.cchc.reporting.par;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The year's PAR Index ranking: agencies by appraised total, equal totals sharing a rank. */
record ParRanking(List<Entry> entries) {

    record Entry(int rank, String agencyId, String name, BigDecimal selfTotal, BigDecimal finalTotal,
                 Map<String, BigDecimal> byCriterion) {
    }

    record Unranked(String agencyId, String name, BigDecimal selfTotal, BigDecimal finalTotal,
                    Map<String, BigDecimal> byCriterion) {
    }

    static ParRanking of(List<Unranked> agencies) {
        List<Unranked> sorted = new ArrayList<>(agencies);
        sorted.sort(Comparator.comparing(Unranked::finalTotal).reversed().thenComparing(Unranked::name));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Unranked u = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).finalTotal().compareTo(u.finalTotal()) == 0
                    ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Entry(rank, u.agencyId(), u.name(), u.selfTotal(), u.finalTotal(), u.byCriterion()));
        }
        return new ParRanking(entries);
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        for (Entry e : entries) {
            text.append(e.rank()).append(". ").append(e.name()).append(": **").append(plain(e.finalTotal()))
                    .append("** điểm (tự chấm ").append(plain(e.selfTotal())).append(")\n");
        }
        return text.toString();
    }

    byte[] xlsx(List<ParIndexProperties.Criterion> criteria) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Xếp hạng Chỉ số CCHC");
            Row head = sheet.createRow(0);
            String[] fixed = {"Xếp hạng", "Cơ quan, đơn vị", "Điểm tự chấm", "Điểm thẩm định"};
            for (int i = 0; i < fixed.length; i++) {
                head.createCell(i).setCellValue(fixed[i]);
            }
            for (int i = 0; i < criteria.size(); i++) {
                head.createCell(fixed.length + i).setCellValue(criteria.get(i).id() + " " + criteria.get(i).name());
            }
            for (Entry e : entries) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue(e.rank());
                row.createCell(1).setCellValue(e.name());
                row.createCell(2).setCellValue(e.selfTotal().doubleValue());
                row.createCell(3).setCellValue(e.finalTotal().doubleValue());
                for (int i = 0; i < criteria.size(); i++) {
                    BigDecimal score = e.byCriterion().get(criteria.get(i).id());
                    if (score != null) {
                        row.createCell(fixed.length + i).setCellValue(score.doubleValue());
                    }
                }
            }
            sheet.setColumnWidth(1, 50 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
