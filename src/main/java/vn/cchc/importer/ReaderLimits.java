package vn.cchc.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

/**
 * How much of an uploaded appendix the readers accept ({@code cchc.importing.reader.*} in
 * {@code config/importing.yml}). An uploaded file is untrusted: a few bytes can ask for billions of cells (a DOCX
 * {@code gridSpan}), a zip entry can inflate a thousandfold, an XLSX can hold a cell in column XFD. Every reader
 * checks these bounds before it allocates, so a hostile file is refused like a damaged one, in seconds and in a
 * small heap. The defaults are far above any real plan appendix (a province's plan has a few hundred rows of at
 * most a dozen columns).
 *
 * @param maxFileSize      the file as uploaded or given to the command line
 * @param maxUnpackedSize  all entries of a DOCX/XLSX together, once decompressed
 * @param maxZipEntries    entries of a DOCX/XLSX package
 * @param maxXmlDepth      element nesting in any XML part (nested tables, hostile nesting)
 * @param maxXmlElements   elements of all XML parts together: POI holds each as an object (about a hundred bytes),
 *                         so this, not the unpacked size, bounds its heap for a part made of tiny elements
 * @param maxRows          table rows of the whole file (every table or sheet)
 * @param maxCellsPerRow   grid cells of one row, horizontal spans counted; also the last column read
 * @param maxMergedRegions merged regions of one XLSX sheet
 * @param maxCellChars     characters of one cell (Excel's own limit is 32,767)
 * @param maxTotalChars    characters of all cells together, copies of merged cells included
 */
@ConfigurationProperties("cchc.importing.reader")
public record ReaderLimits(@DefaultValue("20MB") DataSize maxFileSize,
                           @DefaultValue("64MB") DataSize maxUnpackedSize,
                           @DefaultValue("2000") int maxZipEntries,
                           @DefaultValue("200") int maxXmlDepth,
                           @DefaultValue("1500000") int maxXmlElements,
                           @DefaultValue("10000") int maxRows,
                           @DefaultValue("200") int maxCellsPerRow,
                           @DefaultValue("10000") int maxMergedRegions,
                           @DefaultValue("32767") int maxCellChars,
                           @DefaultValue("10000000") long maxTotalChars) {

    static final String PREFIX = "cchc.importing.reader";

    public ReaderLimits {
        if (maxFileSize.toBytes() <= 0 || maxUnpackedSize.toBytes() <= 0 || maxZipEntries <= 0 || maxXmlDepth <= 0 || maxXmlElements <= 0
                || maxRows <= 0 || maxCellsPerRow <= 0 || maxMergedRegions < 0 || maxCellChars <= 0
                || maxTotalChars <= 0) {
            throw new IllegalArgumentException(PREFIX + ".*: every limit must be positive");
        }
    }

    /** The defaults above, for code that runs without configuration (tests, pasted rows). */
    public static ReaderLimits defaults() {
        return new Binder().bindOrCreate(PREFIX, ReaderLimits.class);
    }

    /**
     * The limits of a YAML file such as {@code config/importing.yml} (the command line does not start Spring but
     * honours the same settings); the defaults when the file does not exist.
     */
    public static ReaderLimits load(Path yaml) {
        if (!Files.isRegularFile(yaml)) {
            return defaults();
        }
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(yaml.toString(), new FileSystemResource(yaml));
            return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate(PREFIX, ReaderLimits.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
