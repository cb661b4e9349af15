package org.primebatch.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.primebatch.api.BatchView;
import org.primebatch.api.Designated;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;

/**
 * Writes the results of a batch, one item at a time, as UTF-8 CSV, JSON or an Excel workbook. No method closes
 * {@code out}.
 */
public final class ResultsWriter {
    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema ROWS = CsvSchema.emptySchema().withLineSeparator("\r\n");
    private static final ObjectWriter JSON = Json.MAPPER.writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ResultsWriter() {
    }

    /**
     * One row per item: {@code case, seq, state, attempts, error}, a column per input alias and per output alias
     * (the worksheet's designated inputs and outputs in its order, every one of them, then other aliases sorted;
     * headers {@code alias [unit]} when all values share a unit, an output alias that is also an input gets
     * {@code " (out)"}), then, when the batch has a check, {@code check: …} with {@code pass}, {@code fail} or nothing
     * for a case that did not succeed, then {@code artifacts} joined with {@code ;}. An input a case left blank shows the
     * worksheet's value, with which the case was calculated.
     *
     * <p>{@code items} is iterated twice: once to find the columns, once to write the rows. Each iteration must
     * yield the same items, for instance by running the same store query again; no item is held in memory.
     */
    public static void writeCsv(BatchView batch, Iterable<ItemView> items, OutputStream out) throws IOException {
        ResultColumns columns = ResultColumns.of(batch, items);
        try (SequenceWriter rows = CSV.writerFor(String[].class).with(ROWS).writeValues(out)) {
            rows.write(columns.header());
            for (ItemView item : items) {
                rows.write(row(item, columns));
            }
        }
        out.flush();
    }

    private static String[] row(ItemView item, ResultColumns columns) {
        List<ResultColumns.ValueColumn> values = columns.values();
        String[] row = new String[columns.artifactsColumn() + 1];
        int i = 0;
        row[i++] = item.name() == null ? "" : item.name();
        row[i++] = Integer.toString(item.seq());
        row[i++] = item.state() == null ? "" : item.state().word();
        row[i++] = Integer.toString(item.attempts());
        row[i++] = item.error() == null ? "" : item.error();
        for (ResultColumns.ValueColumn column : values) {
            row[i++] = CellText.of(column.valueOf(item), column.unit());
        }
        if (columns.hasCheck()) {
            row[i++] = columns.checkOf(item);
        }
        if (columns.crossChecked()) {
            for (String cell : ResultColumns.crossCheckOf(item)) {
                row[i++] = cell;
            }
        }
        row[i] = item.artifacts() == null ? "" : String.join(";", item.artifacts());
        return row;
    }

    /**
     * An Excel workbook with the CSV's columns on a "results" sheet, links to the artifacts and a "batch" sheet; the
     * workbook is meant for the batch's output folder, so artifact links are relative to it. {@code items} is
     * iterated twice, as for {@link #writeCsv}.
     */
    public static void writeXlsx(BatchView batch, Iterable<ItemView> items, OutputStream out) throws IOException {
        String outDir = batch.spec() == null ? null : batch.spec().outDir();
        writeXlsx(batch, items, out, outDir == null || outDir.isBlank() ? null : Path.of(outDir));
    }

    /**
     * Like {@link #writeXlsx(BatchView, Iterable, OutputStream)} for a workbook kept in {@code workbookFolder}:
     * numbers are numeric cells, each artifact is a link relative to that folder (absolute when it is null or the
     * artifact cannot be reached from it), failed and cancelled rows are filled, the header row is bold and frozen.
     * Memory stays bounded whatever the number of items.
     */
    public static void writeXlsx(BatchView batch, Iterable<ItemView> items, OutputStream out, Path workbookFolder)
            throws IOException {
        ResultsWorkbook.write(batch, items, workbookFolder, out);
    }

    static Designated designated(BatchView batch) {
        return batch.spec() == null ? Designated.NONE : batch.spec().designated();
    }

    /**
     * One JSON document {@code {"batch": {...}, "items": [...]}}; {@code items} is iterated once. Each item's
     * {@code inputs} are those it was calculated with, every designated input included; {@code worksheetInputs}
     * names those the case left blank, which have the worksheet's value.
     */
    public static void writeJson(BatchView batch, Iterable<ItemView> items, OutputStream out) throws IOException {
        Designated designated = designated(batch);
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeFieldName("batch");
            JSON.writeValue(json, batch);
            json.writeArrayFieldStart("items");
            for (ItemView item : items) {
                JSON.writeValue(json, withWorksheetInputs(item, designated));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    private static Object withWorksheetInputs(ItemView item, Designated designated) {
        if (designated.inputs().isEmpty()) {
            return item;
        }
        ObjectNode node = Json.MAPPER.valueToTree(item);
        node.set("inputs", Json.MAPPER.valueToTree(designated.inputsOf(item.inputs())));
        ArrayNode blank = node.putArray("worksheetInputs");
        designated.inputs().keySet().stream().filter(alias -> item.inputs() == null || !item.inputs().containsKey(alias))
                .forEach(blank::add);
        return node;
    }
}
