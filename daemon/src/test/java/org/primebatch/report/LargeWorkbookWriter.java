package org.primebatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;

/** Writes a results workbook of N generated items, made one at a time; run in a JVM with a small heap. */
public final class LargeWorkbookWriter {
    private LargeWorkbookWriter() {
    }

    /** Arguments: the workbook file and the number of items. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Instant t0 = Instant.parse("2025-01-02T03:04:05Z");
        BatchView batch = new BatchView(1, BatchState.SUCCEEDED,
                new BatchSpec("large", "beam.mcdx", "echo", target.getParent().toString(), List.of("pdf", "mcdx"),
                        null, null, null, null, null, null, null, null, null),
                new Counts(count, 0, 0, count, 0, 0, 0), t0, t0, t0.plusSeconds(count), null);
        try (OutputStream out = Files.newOutputStream(target)) {
            ResultsWriter.writeXlsx(batch, () -> generated(target.getParent(), count, t0), out);
        }
    }

    private static Iterator<ItemView> generated(Path outDir, int count, Instant t0) {
        return new Iterator<>() {
            private int seq;

            @Override
            public boolean hasNext() {
                return seq < count;
            }

            @Override
            public ItemView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                seq++;
                String name = "case " + seq;
                return new ItemView(1, seq, name, seq % 10 == 0 ? ItemState.FAILED : ItemState.SUCCEEDED, 1,
                        Map.of("L", CaseValue.of(seq * 0.01, "m"), "b", CaseValue.of(0.3, "m"), "label", CaseValue.of(name)),
                        Map.of("M", CaseValue.of(seq * 1.5, "kN*m"), "σ", CaseValue.of(seq / 7.0, "MPa")),
                        List.of(outDir.resolve(name + ".pdf").toString(), outDir.resolve(name + ".mcdx").toString()),
                        seq % 10 == 0 ? "failed on purpose" : null, t0, t0.plusSeconds(1));
            }
        };
    }
}
