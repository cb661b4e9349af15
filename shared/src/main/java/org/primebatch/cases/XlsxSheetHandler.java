package org.primebatch.cases;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of one XLSX sheet part ({@code sheetN.xml}) as SAX events and feeds them to a collector, holding
 * at most one cell in memory. Stops with {@link Stop} once the collector is full.
 */
final class XlsxSheetHandler extends DefaultHandler {
    /** Ends parsing early; not an error. */
    static final class Stop extends SAXException {
        Stop() {
            super("enough rows read");
        }
    }

    private final SharedStrings strings;
    private final SheetCaseCollector collector;
    private final StringBuilder value = new StringBuilder();
    private int rowNumber;
    private int column;
    private int nextColumn;
    private String type;
    private boolean capturing;
    private boolean inInlineString;
    private boolean inPhonetic;
    private boolean tooLong;

    XlsxSheetHandler(SharedStrings strings, SheetCaseCollector collector) {
        this.strings = strings;
        this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : positive(r, "row number");
                nextColumn = 0;
            }
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "v" -> capturing = true;
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> capturing = inInlineString && !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "c" -> endCell();
            case "v", "t" -> capturing = false;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!capturing || tooLong) {
            return;
        }
        if (value.length() + length > CaseTables.MAX_CELL_CHARS) {
            tooLong = true;
            value.setLength(0);
            return;
        }
        value.append(ch, start, length);
    }

    private void startCell(String reference, String type) throws SAXException {
        if (reference == null) {
            column = nextColumn;
        } else {
            CellReference cell;
            try {
                cell = new CellReference(reference);
            } catch (IllegalArgumentException e) {
                throw new SAXException("bad cell reference " + CellValues.quoted(reference));
            }
            if (cell.getCol() < 0 || cell.getRow() < 0) {
                throw new SAXException("bad cell reference " + CellValues.quoted(reference));
            }
            column = cell.getCol();
            rowNumber = cell.getRow() + 1;
        }
        nextColumn = column + 1;
        this.type = type == null ? "n" : type;
        value.setLength(0);
        tooLong = false;
    }

    private void endCell() throws SAXException {
        if (tooLong) {
            collector.problem(rowNumber, column, "cell longer than " + CaseTables.mebibytes(CaseTables.MAX_CELL_CHARS));
        } else {
            SheetCell cell = cell();
            if (cell != null) {
                collector.cell(rowNumber, column, cell);
            }
        }
        if (collector.full()) {
            throw new Stop();
        }
    }

    /** The cell just read, or null when it holds nothing (formatting only). */
    private SheetCell cell() throws SAXException {
        String text = value.toString();
        return switch (type) {
            case "s" -> text.isBlank() ? null : new SheetCell.Text(sharedString(text));
            case "str", "inlineStr", "d" -> new SheetCell.Text(text);
            case "b" -> text.isBlank() ? null : new SheetCell.Bool(text.strip().equals("1"));
            case "e" -> new SheetCell.Error(text.strip());
            case "n" -> text.isBlank() ? null : new SheetCell.Number(number(text));
            default -> throw new SAXException("unknown cell type " + CellValues.quoted(type) + " in " + here());
        };
    }

    private String sharedString(String index) throws SAXException {
        try {
            return strings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            throw new SAXException("no shared string " + CellValues.quoted(index) + " for " + here());
        }
    }

    private double number(String text) throws SAXException {
        try {
            double number = Double.parseDouble(text.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SAXException("not a number " + CellValues.quoted(text) + " in number cell " + here());
    }

    private String here() {
        return CellReference.convertNumToColString(column) + rowNumber;
    }

    private static int positive(String text, String what) throws SAXException {
        try {
            int number = Integer.parseInt(text.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SAXException("bad " + what + " " + CellValues.quoted(text));
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
