package vn.cchc.importer;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks through a DOCX/XLSX package before POI opens it: POI unpacks every entry into memory and parses its XML
 * into a document tree, so a zip bomb or a deeply nested part would exhaust the heap there. Here every entry is
 * inflated once into a counter (nothing kept), stopping at the first byte over the limit; XML parts are streamed
 * (no DTD, no external entities) to measure their nesting and count their elements, table rows and merged
 * regions, so an oversized table is refused before POI builds it. A package without its end record (a truncated upload) is
 * damaged: a streaming unzip would otherwise read the entries before the cut as if the file were whole.
 */
final class PackageCheck {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final int ROWS = 0;
    private static final int ELEMENTS = 1;
    private static final String SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private PackageCheck() {
    }

    static void check(byte[] bytes, String file, String format, ReaderLimits limits) {
        if (!hasEndRecord(bytes)) {
            throw ImportException.of("importer.reader.truncated", format, file);
        }
        long budget = limits.maxUnpackedSize().toBytes();
        int entries = 0;
        long[] counts = new long[2];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            Budget counter = new Budget(zip, budget);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw ImportException.of("importer.reader.tooManyEntries", file, limits.maxZipEntries());
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    scanXml(counter, file, limits, counts);
                }
                counter.drain();
            }
        } catch (OverBudget e) {
            throw ImportException.of("importer.reader.unpackedTooLarge", file, SourceDocument.megabytes(budget));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException refusal) {
                throw refusal;
            }
            throw ImportException.of(e, "importer.reader.damaged", format, file, e.getClass().getSimpleName());
        }
    }

    /** The end-of-central-directory signature in the last 64 KB + 22 bytes, where the zip format puts it. */
    private static boolean hasEndRecord(byte[] b) {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * Streams one XML entry: refuses nesting deeper than allowed, and counts table rows (spreadsheet {@code row},
     * word processing {@code tr}) and merged regions before POI builds a tree of them. A malformed part is left for
     * POI to judge.
     */
    private static void scanXml(InputStream entry, String file, ReaderLimits limits, long[] counts)
            throws IOException {
        XMLStreamReader reader = null;
        try {
            reader = XML.createXMLStreamReader(entry);
            int depth = 0;
            int merges = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > limits.maxXmlDepth()) {
                        throw ImportException.of("importer.reader.nestedTooDeep", file, limits.maxXmlDepth());
                    }
                    if (++counts[ELEMENTS] > limits.maxXmlElements()) {
                        throw ImportException.of("importer.reader.tooManyElements", file, limits.maxXmlElements());
                    }
                    String name = reader.getLocalName();
                    if ((name.equals("row") && SPREADSHEET.equals(reader.getNamespaceURI()))
                            || (name.equals("tr") && WORD.equals(reader.getNamespaceURI()))) {
                        if (++counts[ROWS] > limits.maxRows()) {
                            throw ImportException.of("importer.reader.tooManyRows", file, limits.maxRows());
                        }
                    } else if (name.equals("mergeCell") && ++merges > limits.maxMergedRegions()) {
                        throw ImportException.of("importer.reader.tooManyMerges", file, limits.maxMergedRegions());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
                if (t instanceof OverBudget over) {
                    throw over;
                }
            }
            // not well-formed: POI refuses it as damaged when the part matters
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
    }

    /** Counts every byte inflated from the package; the entry stays open for the next one (close does nothing). */
    private static final class Budget extends FilterInputStream {

        private long left;
        private final byte[] skip = new byte[64 * 1024];

        Budget(InputStream in, long budget) {
            super(in);
            this.left = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
            count(Math.max(0, n));
            return n;
        }

        void drain() throws IOException {
            while (read(skip, 0, skip.length) >= 0) {
                // counted in read
            }
        }

        private void count(long n) throws OverBudget {
            left -= n;
            if (left < 0) {
                throw new OverBudget();
            }
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }

    private static final class OverBudget extends IOException {
        OverBudget() {
            super("over the unpacked size limit");
        }
    }
}
