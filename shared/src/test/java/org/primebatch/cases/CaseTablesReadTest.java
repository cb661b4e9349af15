package org.primebatch.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;

/** {@link CaseTables#read} picks the reader by the file's extension. */
class CaseTablesReadTest {
    @TempDir
    Path dir;

    @Test
    void readsCsvTxtAndTsvAsText() throws IOException {
        for (String name : new String[] {"cases.csv", "cases.TXT", "cases.tsv"}) {
            Path file = Files.writeString(dir.resolve(name), "a\tb [m]\n1\t2\n");

            assertThat(CaseTables.read(file, null).cases().get(0).inputs()).containsEntry("b", CaseValue.of(2, "m"));
        }
    }

    @Test
    void csvHasNoSheets() throws IOException {
        Path file = Files.writeString(dir.resolve("cases.csv"), "a\n1\n");

        CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseTables.read(file, "Sheet1"));

        assertThat(e.problems()).containsExactly(
                new CaseProblem(0, null, "a CSV file has no sheets (sheet \"Sheet1\" was asked for)"));
    }

    @Test
    void refusesOtherFileTypes() throws IOException {
        Path ods = Files.writeString(dir.resolve("cases.ods"), "x");
        Path bare = Files.writeString(dir.resolve("cases"), "x");

        assertThat(catchThrowableOfType(CaseFileException.class, () -> CaseTables.read(ods, null)).problems())
                .containsExactly(new CaseProblem(0, null,
                        "unsupported file type \".ods\"; case tables are .csv, .txt, .tsv, .xlsx, .xlsm or .xls"));
        assertThat(catchThrowableOfType(CaseFileException.class, () -> CaseTables.read(bare, null)).problems())
                .extracting(CaseProblem::message).containsExactly(
                        "no file extension; case tables are .csv, .txt, .tsv, .xlsx, .xlsm or .xls");
    }

    @Test
    void readsXlsmLikeXlsx() throws IOException {
        Path written = new TestWorkbook().row("a").row(1).write(dir, "cases", TestWorkbook.Format.XLSX);
        Path xlsm = Files.move(written, dir.resolve("cases.xlsm"));

        assertThat(CaseTables.read(xlsm, null).cases()).hasSize(1);
    }
}
