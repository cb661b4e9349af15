package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.Designated;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;

class ResultsWriterTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");
    private static final BatchView BATCH = new BatchView(7, BatchState.FAILED,
            new BatchSpec("beams", "beam.mcdx", "echo", "/out", List.of("pdf"), null, null, null, null, null, null, null, null, null),
            new Counts(2, 0, 0, 1, 1, 0, 0), T0, T0, T0.plusSeconds(9), null);

    private static final ItemView FIRST = new ItemView(7, 1, "short, \"quoted\"", ItemState.SUCCEEDED, 1,
            Map.of("L", CaseValue.of(2.5, "m"), "M", matrix("[[1,2],[3,4.5]]", "kN"), "label", CaseValue.of("a;b")),
            Map.of("L", CaseValue.of(5, "m"), "σ", CaseValue.of(1.25e-7, "MPa")),
            List.of("/out/short.pdf", "/out/short.mcdx"), null, T0, T0.plusSeconds(1));
    private static final ItemView SECOND = new ItemView(7, 2, null, ItemState.FAILED, 3,
            Map.of("L", CaseValue.of(3, "m"), "error", CaseValue.of("x")),
            Map.of("σ", CaseValue.of(2, "kPa")),
            List.of(), "unit mismatch:\nline 2", T0, null);

    private static CaseValue matrix(String json, String unit) {
        try {
            return new CaseValue(Json.parse(json), unit);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void csvHasOneRowPerItemAndReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeCsv(BATCH, List.of(FIRST, SECOND), out);

        List<List<String>> rows = readCsv(out.toByteArray());

        assertThat(rows.get(0)).containsExactly("case", "seq", "state", "attempts", "error",
                "error (in)", "L [m]", "label", "M [kN]", "L (out) [m]", "σ", "artifacts");
        assertThat(rows.get(1)).containsExactly("short, \"quoted\"", "1", "succeeded", "1", "",
                "", "2.5", "a;b", "[1, 2; 3, 4.5]", "5", "1.25E-7 MPa", "/out/short.pdf;/out/short.mcdx");
        assertThat(rows.get(2)).containsExactly("", "2", "failed", "3", "unit mismatch:\nline 2",
                "x", "3", "", "", "", "2 kPa", "");
        assertThat(rows).hasSize(3);
    }

    @Test
    void csvOfNoItemsIsTheFixedHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeCsv(BATCH, List.of(), out);

        assertThat(readCsv(out.toByteArray())).containsExactly(
                List.of("case", "seq", "state", "attempts", "error", "artifacts"));
    }

    @Test
    void jsonIsOneDocumentWithBatchAndItems() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeJson(BATCH, List.of(FIRST, SECOND), out);

        JsonNode document = Json.MAPPER.readTree(out.toByteArray());

        assertThat(Json.convert(document.get("batch"), BatchView.class)).isEqualTo(BATCH);
        JsonNode items = document.get("items");
        assertThat(items).hasSize(2);
        assertThat(Json.convert(items.get(0), ItemView.class)).isEqualTo(FIRST);
        assertThat(Json.convert(items.get(1), ItemView.class)).isEqualTo(SECOND);
        assertThat(items.get(1).get("state").asText()).isEqualTo("failed");
    }

    /** The beam's designations: inputs L, w (its values), outputs in the worksheet's order, not the alphabet's. */
    private static final BatchView DESIGNATED = new BatchView(8, BatchState.SUCCEEDED,
            new BatchSpec("beams", "beam.mcdx", "native", "/out", List.of(), null, null, null, null, null, null, null, null, null,
                    new Designated(orderedInputs(), List.of("M_max", "delta_max"))),
            new Counts(2, 0, 0, 2, 0, 0, 0), T0, T0, T0.plusSeconds(9), null);
    private static final ItemView GIVEN = new ItemView(8, 1, "given", ItemState.SUCCEEDED, 1,
            Map.of("w", CaseValue.of(50, "kN/m"), "L", CaseValue.of(10, "m")),
            Map.of("delta_max", CaseValue.of(4, "mm"), "M_max", CaseValue.of(625, "kN·m")), List.of(), null, T0, T0);
    private static final ItemView BLANK = new ItemView(8, 2, "blank", ItemState.SUCCEEDED, 1, Map.of(),
            Map.of("delta_max", CaseValue.of(1, "mm"), "M_max", CaseValue.of(54, "kN·m")), List.of(), null, T0, T0);

    private static Map<String, CaseValue> orderedInputs() {
        Map<String, CaseValue> inputs = new java.util.LinkedHashMap<>();
        inputs.put("L", CaseValue.of(6, "m"));
        inputs.put("w", CaseValue.of(12, "kN/m"));
        return inputs;
    }

    @Test
    void everyDesignatedInputShowsTheValueTheCaseUsedAndColumnsFollowTheWorksheet() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ResultsWriter.writeCsv(DESIGNATED, List.of(GIVEN, BLANK), csv);
        List<List<String>> rows = readCsv(csv.toByteArray());
        assertThat(rows.get(0)).containsExactly("case", "seq", "state", "attempts", "error",
                "L [m]", "w [kN/m]", "M_max [kN·m]", "delta_max [mm]", "artifacts");
        assertThat(rows.get(1)).containsSubsequence("10", "50", "625", "4");
        assertThat(rows.get(2)).containsSubsequence("6", "12", "54", "1");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ResultsWriter.writeJson(DESIGNATED, List.of(GIVEN, BLANK), json);
        JsonNode items = Json.MAPPER.readTree(json.toByteArray()).get("items");
        assertThat(items.get(0).get("worksheetInputs")).isEmpty();
        assertThat(items.get(1).get("inputs").get("w").get("value").asDouble()).isEqualTo(12);
        assertThat(items.get(1).get("worksheetInputs").toString()).isEqualTo("[\"L\",\"w\"]");
    }

    @Test
    void theWorkbookShowsAWorksheetValueMutedSoAReaderSeesItWasNotGiven() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeXlsx(DESIGNATED, List.of(GIVEN, BLANK), out, null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet results = workbook.getSheet("results");
            Cell given = results.getRow(1).getCell(5);
            Cell blank = results.getRow(2).getCell(5);
            assertThat(given.getNumericCellValue()).isEqualTo(10);
            assertThat(blank.getNumericCellValue()).isEqualTo(6);
            assertThat(workbook.getFontAt(given.getCellStyle().getFontIndex()).getItalic()).isFalse();
            assertThat(workbook.getFontAt(blank.getCellStyle().getFontIndex()).getItalic()).isTrue();
            assertThat(workbook.getFontAt(results.getRow(2).getCell(7).getCellStyle().getFontIndex()).getItalic())
                    .as("outputs are never muted").isFalse();
        }
    }

    private static List<List<String>> readCsv(byte[] bytes) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema())
                .readValues(new String(bytes, StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }
}
