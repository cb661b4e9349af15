package org.primebatch.mcdx.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CheckedValue;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.testing.Corpus;

/**
 * {@code check} over every corpus worksheet: the native engine never computes a value it supports differently from
 * Mathcad, reproduces every designated output, and covers at least {@link #COVERAGE_FLOOR} of the stored values of
 * worksheets without add-in functions (a floor that only moves up).
 */
class CorpusCheckTest {
    static final double COVERAGE_FLOOR = 0.70;

    record Checked(Path file, WorksheetCheck check, boolean usesAddIns) {
    }

    static final List<Checked> CHECKED = new ArrayList<>();

    @BeforeAll
    static void checkTheCorpus() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Corpus.dir())) {
            files = walk.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList();
        }
        for (Path file : files) {
            Worksheet sheet;
            try {
                sheet = Worksheet.open(file);
            } catch (McdxException e) {
                continue; // an unreadable file (the corpus holds an empty zip): the package tests cover that
            }
            CHECKED.add(new Checked(file, WorksheetChecker.check(CompiledWorksheet.of(sheet)), !AddInCalls.of(sheet).isEmpty()));
        }
    }

    @Test
    void noSupportedValueComesOutWrong() {
        List<String> wrong = new ArrayList<>();
        for (Checked c : CHECKED) {
            for (CheckedValue v : c.check().values()) {
                if (CheckedValue.MISMATCHED.equals(v.status())) {
                    wrong.add(c.file().getFileName() + " region " + v.region() + ": " + v.reason());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyDesignatedOutputIsReproducedOrShownStale() {
        List<String> missed = new ArrayList<>();
        for (Checked c : CHECKED) {
            for (CheckedValue output : c.check().outputs()) {
                if (!CheckedValue.MATCHED.equals(output.status()) && !CheckedValue.STALE.equals(output.status())) {
                    missed.add(c.file().getFileName() + " output " + output.name() + ": " + output.status() + " " + output.reason());
                }
            }
        }
        assertThat(missed).isEmpty();
        assertThat(CHECKED.stream().filter(c -> c.check().runsNatively())).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void coversTheStoredValuesOfWorksheetsWithoutAddIns() {
        int matched = 0;
        int compared = 0;
        for (Checked c : CHECKED) {
            if (!c.usesAddIns()) {
                matched += c.check().matched();
                compared += c.check().matched() + c.check().mismatched() + c.check().unsupported();
            }
        }
        double coverage = (double) matched / compared;
        System.out.printf(Locale.ROOT, "native coverage: %d of %d stored synchronized values (%.1f %%)%n", matched, compared,
                100 * coverage);
        assertThat(coverage).isGreaterThanOrEqualTo(COVERAGE_FLOOR);
    }
}
