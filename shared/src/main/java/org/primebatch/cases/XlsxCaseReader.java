package org.primebatch.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an XLSX (or XLSM) workbook as a case table, streaming the sheet's XML. The workbook is opened
 * read-only; its XML is parsed without DTDs or external entities.
 */
final class XlsxCaseReader {
    /** No part of a workbook may expand beyond this; a larger part is refused before it is read. */
    static final long MAX_PART_BYTES = CaseTables.MAX_FILE_BYTES;
    /** Parts expanding more than 100 times their compressed size are refused as zip bombs. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // These limits are process-wide; only ever tighten them, never loosen what someone else set.
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        }
    }

    private final Path file;
    private final String sheet;
    private final int maxCases;

    /** @param sheet the sheet's name (case-insensitive, as in Excel), or null for the first sheet */
    XlsxCaseReader(Path file, String sheet, int maxCases) {
        this.file = file;
        this.sheet = sheet;
        this.maxCases = maxCases;
    }

    CaseTable read() {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidOperationException | UnsupportedFileFormatException | OpenXML4JException e) {
            throw WorkbookProblems.notAWorkbook(file, "XLSX", e);
        }
        try {
            return read(workbook);
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException | ParserConfigurationException
                 | InvalidOperationException | UnsupportedFileFormatException e) {
            throw WorkbookProblems.notAWorkbook(file, "XLSX", e);
        } finally {
            workbook.revert();
        }
    }

    private CaseTable read(OPCPackage workbook)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        SharedStrings strings = new ReadOnlySharedStringsTable(workbook, false);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            try (InputStream part = sheets.next()) {
                String name = sheets.getSheetName();
                names.add(name);
                if (sheet == null || sheet.equalsIgnoreCase(name)) {
                    return readSheet(part, strings, WorkbookProblems.source(file, name));
                }
            }
        }
        throw WorkbookProblems.noSuchSheet(file, sheet, names);
    }

    private CaseTable readSheet(InputStream part, SharedStrings strings, String source)
            throws IOException, SAXException, ParserConfigurationException {
        SheetCaseCollector collector = new SheetCaseCollector(maxCases);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XlsxSheetHandler(strings, collector));
        try {
            parser.parse(new InputSource(part));
        } catch (XlsxSheetHandler.Stop e) {
            // the collector has reported why
        }
        return collector.finish(source);
    }
}
