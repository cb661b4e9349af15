package org.primebatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.CaseTables;
import org.primebatch.report.ResultsWriter;

/**
 * Case tables in and results out at size: a generated CSV and XLSX of N rows parsed, and a results workbook of N
 * cases written, each timed with the peak heap it used.
 */
public final class CasesBenchmark {
    private final int rows;
    private final Consumer<String> progress;

    public CasesBenchmark(int rows, Consumer<String> progress) {
        this.rows = rows;
        this.progress = progress;
    }

    /** One measured step: seconds taken and the heap's peak (MiB) while it ran. */
    public record Step(String name, double seconds, double peakHeapMib, double targetSeconds) {
    }

    public record Report(int rows, List<Step> steps) {
        public String table() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "primebatch bench cases: %,d rows%n%n", rows));
            for (Step step : steps) {
                text.append(String.format(Locale.ROOT, "%-24s %7.2f s   peak heap %6.0f MiB   (target %.0f s)%n",
                        step.name(), step.seconds(), step.peakHeapMib(), step.targetSeconds()));
            }
            return text.toString();
        }
    }

    public Report run() throws IOException {
        Path dir = Files.createTempDirectory("pbcases");
        try {
            Path csv = dir.resolve("cases.csv");
            Path xlsx = dir.resolve("cases.xlsx");
            progress.accept("writing a " + rows + "-row CSV and XLSX");
            writeCsv(csv);
            writeXlsx(xlsx);
            progress.accept("parsing the CSV");
            Step parseCsv = measure("parse CSV", 2, () -> requireRows(CaseTables.read(csv, null)));
            progress.accept("parsing the XLSX");
            Step parseXlsx = measure("parse XLSX", 10, () -> requireRows(CaseTables.read(xlsx, null)));
            progress.accept("writing results.xlsx");
            Path results = dir.resolve("results.xlsx");
            Step write = measure("write results.xlsx", 10, () -> {
                try (OutputStream out = Files.newOutputStream(results)) {
                    ResultsWriter.writeXlsx(batch(dir), () -> items(dir), out, dir);
                }
            });
            return new Report(rows, List.of(parseCsv, parseXlsx, write));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private void requireRows(CaseTable table) {
        if (table.cases().size() != rows) {
            throw new IllegalStateException("read " + table.cases().size() + " rows, not " + rows);
        }
    }

    interface Work {
        void run() throws IOException;
    }

    private static Step measure(String name, double target, Work work) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long begin = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - begin) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Step(name, seconds, peak / (1024.0 * 1024.0), target);
    }

    private void writeCsv(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("case,L [m],w [kN/m],E [GPa],I [cm^4],section\n");
            for (int i = 1; i <= rows; i++) {
                out.write("beam-" + i + "," + (2 + i % 90 * 0.1) + "," + (5 + i % 40) + ",210," + (1000 + i % 5000) + ",\"IPE " + (100 + i % 50 * 10) + "\"\n");
            }
        }
    }

    private void writeXlsx(Path file) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("cases");
            Row header = sheet.createRow(0);
            String[] names = {"case", "L [m]", "w [kN/m]", "E [GPa]", "I [cm^4]", "section"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("beam-" + i);
                row.createCell(1).setCellValue(2 + i % 90 * 0.1);
                row.createCell(2).setCellValue(5 + i % 40);
                row.createCell(3).setCellValue(210);
                row.createCell(4).setCellValue(1000 + i % 5000);
                row.createCell(5).setCellValue("IPE " + (100 + i % 50 * 10));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            book.dispose();
        }
    }

    private BatchView batch(Path dir) {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        return new BatchView(1, BatchState.SUCCEEDED, new BatchSpec("bench", dir.resolve("beam.mcdx").toString(), "native",
                dir.toString(), List.of("pdf"), null, null, null, null, null, null, null, null, null),
                new Counts(rows, 0, 0, rows, 0, 0, 0), t0, t0, t0.plusSeconds(rows), null);
    }

    private Iterator<ItemView> items(Path dir) {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        return new Iterator<>() {
            private int seq;

            @Override
            public boolean hasNext() {
                return seq < rows;
            }

            @Override
            public ItemView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                seq++;
                String name = "beam-" + seq;
                return new ItemView(1, seq, name, ItemState.SUCCEEDED, 1,
                        Map.of("L", CaseValue.of(2 + seq % 90 * 0.1, "m"), "w", CaseValue.of(5 + seq % 40, "kN/m")),
                        Map.of("M_max", CaseValue.of(seq * 1.5, "kN*m"), "utilisation", CaseValue.of(seq % 100 / 100.0, null)),
                        List.of(dir.resolve(name + ".pdf").toString()), null, t0, t0.plusSeconds(1));
            }
        };
    }
}
