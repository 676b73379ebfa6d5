package vn.cchc.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The vertically merged regions of one sheet, indexed once by first column and first row: a cell asks for the
 * region above it in O(log n). (POI's {@code Sheet.getMergedRegions()} builds a new list of every region at each
 * call; asking it for each cell made a sheet of 40,000 merges take minutes.) Only regions starting left of the
 * last column read are kept; regions that overlap (Excel never writes them) resolve to the one starting lowest.
 */
final class MergedCells {

    private final Map<Integer, NavigableMap<Integer, CellRangeAddress>> byColumn = new HashMap<>();

    MergedCells(List<CellRangeAddress> regions, int columns) {
        for (CellRangeAddress region : regions) {
            if (region.getLastRow() > region.getFirstRow() && region.getFirstColumn() >= 0
                    && region.getFirstColumn() < columns) {
                byColumn.computeIfAbsent(region.getFirstColumn(), c -> new TreeMap<>())
                        .putIfAbsent(region.getFirstRow(), region);
            }
        }
    }

    /**
     * The region whose first column is {@code column} and which covers {@code row} below its first row (so the cell
     * takes the value of the region's first cell); null when there is none.
     */
    CellRangeAddress startedAbove(int row, int column) {
        NavigableMap<Integer, CellRangeAddress> regions = byColumn.get(column);
        if (regions == null) {
            return null;
        }
        Map.Entry<Integer, CellRangeAddress> entry = regions.lowerEntry(row);
        return entry != null && entry.getValue().getLastRow() >= row ? entry.getValue() : null;
    }
}
