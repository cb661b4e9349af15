package org.primebatch.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;

/** Reads one CSV case file, row by row, collecting every problem. Single use. */
final class CsvCaseReader {
    private static final CsvFactory CSV = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(CaseTables.MAX_CELL_CHARS).build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final char BOM = '\uFEFF';
    private static final int SNIFF_LIMIT = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final String source;
    private final long maxChars;
    private final int maxCases;
    private final Problems problems = new Problems();
    private final List<CaseInput> cases = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private Header header;
    private CellValues values;
    private int rows;

    CsvCaseReader(String source) {
        this(source, CaseTables.MAX_FILE_BYTES, CaseTables.MAX_CASES);
    }

    CsvCaseReader(String source, long maxChars, int maxCases) {
        this.source = source;
        this.maxChars = maxChars;
        this.maxCases = maxCases;
    }

    CaseTable read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(new SizeLimitedReader(reader, maxChars), BUFFER);
        CsvParser parser = null;
        try {
            skipByteOrderMark(in);
            char delimiter = sniffDelimiter(in);
            values = new CellValues(delimiter == ';');
            parser = CSV.createParser(in);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
            readRows(parser);
        } catch (StreamConstraintsException e) {
            problems.add(line(parser), columnBeingRead(), "cell longer than " + CaseTables.mebibytes(CaseTables.MAX_CELL_CHARS));
        } catch (SizeLimitedReader.TooLarge e) {
            problems.add(0, null, "file larger than " + CaseTables.mebibytes(maxChars));
        } catch (CharacterCodingException e) {
            problems.add(line(parser), null, "not UTF-8 text (save the table as \"CSV UTF-8\")");
        } catch (JsonProcessingException e) {
            problems.add(line(parser), null, "not valid CSV: " + e.getOriginalMessage());
        }
        if (header == null && !problems.any()) {
            problems.add(1, null, "no header row (the file is empty)");
        }
        if (problems.any()) {
            throw problems.exception(source);
        }
        return new CaseTable(header.columns(), cases);
    }

    private void readRows(CsvParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            return;
        }
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            cells.clear();
            int line = -1;
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                if (line < 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                cells.add(parser.getText());
            }
            if (line < 0 || allBlank(cells)) {
                continue;
            }
            if (header == null) {
                header = Header.parse(cells, line, problems);
            } else if (++rows > maxCases) {
                problems.add(line, null, "more than " + maxCases + " cases; split the table");
                return;
            } else {
                readCase(line);
            }
        }
    }

    private void readCase(int line) {
        if (cells.size() != header.width()) {
            problems.add(line, null, "has " + cells.size() + " cells, the header has " + header.width());
            return;
        }
        String name = null;
        Map<String, CaseValue> inputs = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i == header.caseIndex()) {
                name = cell.isBlank() ? null : cell.strip();
                continue;
            }
            Column column = header.column(i);
            if (column == null || cell.isBlank()) {
                continue;
            }
            try {
                inputs.put(column.alias(), values.parse(cell, column));
            } catch (IllegalArgumentException e) {
                problems.add(line, column.alias(), e.getMessage());
            }
        }
        if (!problems.any()) {
            cases.add(new CaseInput(name, inputs));
        }
    }

    private String columnBeingRead() {
        if (header == null || cells.size() >= header.width()) {
            return null;
        }
        int index = cells.size();
        Column column = header.column(index);
        return index == header.caseIndex() ? Header.CASE_COLUMN : column == null ? null : column.alias();
    }

    private static int line(CsvParser parser) {
        return parser == null ? 1 : parser.currentLocation().getLineNr();
    }

    private static boolean allBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
    }

    /** The delimiter that occurs most often outside quotes in the first line; comma when none does. */
    private static char sniffDelimiter(BufferedReader in) throws IOException {
        in.mark(SNIFF_LIMIT);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < SNIFF_LIMIT; i++) {
            int c = in.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            switch (c) {
                case '"' -> quoted = !quoted;
                case ',' -> commas += quoted ? 0 : 1;
                case ';' -> semicolons += quoted ? 0 : 1;
                case '\t' -> tabs += quoted ? 0 : 1;
                default -> { }
            }
        }
        in.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
