package org.primebatch.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Json;
import org.primebatch.api.ValueKind;

class CaseTablesTest {
    @TempDir
    Path dir;

    private static CaseTable read(String text) throws IOException {
        return CaseTables.readCsv(new StringReader(text), "cases.csv");
    }

    private static CaseFileException failure(String text) {
        return catchThrowableOfType(CaseFileException.class, () -> read(text));
    }

    private static double number(CaseInput input, String alias) {
        return input.inputs().get(alias).value().doubleValue();
    }

    @Test
    void readsUnitsInBothHeaderStyles() throws IOException {
        CaseTable table = read("L [m], F (kN), n, e []\n2.5, 10, 3, 1\n");

        assertThat(table.columns()).containsExactly(
                new Column("L", "m"), new Column("F", "kN"), new Column("n", null), new Column("e", null));
        CaseInput input = table.cases().get(0);
        assertThat(input.inputs().get("L")).isEqualTo(CaseValue.of(2.5, "m"));
        assertThat(input.inputs().get("F")).isEqualTo(CaseValue.of(10, "kN"));
        assertThat(input.inputs().get("n").unit()).isNull();
        assertThat(input.inputs().get("e").unit()).isNull();
    }

    @Test
    void aCellMayGiveItsNumberItsOwnUnitAndAnAliasMayHaveAPrime() throws IOException {
        CaseTable table = read("L [m],F',name\n5000 mm,2.5 kN,5 apples\n6,1,steel\n");

        CaseInput first = table.cases().get(0);
        assertThat(first.inputs().get("L")).isEqualTo(CaseValue.of(5000, "mm"));
        assertThat(first.inputs().get("F'")).isEqualTo(CaseValue.of(2.5, "kN"));
        assertThat(table.cases().get(1).inputs().get("L")).isEqualTo(CaseValue.of(6, "m"));
        assertThat(table.cases().get(1).inputs().get("name")).isEqualTo(CaseValue.of("steel"));
    }

    @Test
    void aNumberTooLargeToHoldIsRefusedWithItsCell() {
        assertThat(failure("L [m]\n1e400\n").getMessage()).contains("number out of range").contains("1e400");
        assertThat(failure("L\n1e400 mm\n").getMessage()).contains("number out of range");
    }

    @Test
    void acceptsMathcadStyleAliasesAndJavaNumberSyntax() throws IOException {
        CaseTable table = read("W_P,σ.max,x1\n+1.5e3,-.5,7.\n");

        CaseInput input = table.cases().get(0);
        assertThat(number(input, "W_P")).isEqualTo(1500);
        assertThat(number(input, "σ.max")).isEqualTo(-0.5);
        assertThat(number(input, "x1")).isEqualTo(7);
    }

    @Test
    void caseColumnNamesCasesAndEmptyNameIsNull() throws IOException {
        CaseTable table = read("CASE,L\nshort,1\n,2\n");

        assertThat(table.columns()).containsExactly(new Column("L", null));
        assertThat(table.cases()).extracting(CaseInput::name).containsExactly("short", null);
        assertThat(table.cases().get(0).inputs()).containsOnlyKeys("L");
    }

    @Test
    void stripsByteOrderMarkFromFile() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFcase;L [m]\nA;1,5\n").getBytes(StandardCharsets.UTF_8));

        CaseTable table = CaseTables.readCsv(file);

        assertThat(table.columns()).containsExactly(new Column("L", "m"));
        assertThat(table.cases().get(0).name()).isEqualTo("A");
        assertThat(number(table.cases().get(0), "L")).isEqualTo(1.5);
    }

    @Test
    void semicolonFilesAcceptDecimalCommaAndPoint() throws IOException {
        CaseTable table = read("a;b;c;d\n2,5;-0,25e2;3.5;,5\n");

        CaseInput input = table.cases().get(0);
        assertThat(number(input, "a")).isEqualTo(2.5);
        assertThat(number(input, "b")).isEqualTo(-25);
        assertThat(number(input, "c")).isEqualTo(3.5);
        assertThat(number(input, "d")).isEqualTo(0.5);
    }

    @Test
    void commaFilesTreatDecimalCommaAsText() throws IOException {
        CaseTable table = read("a\n\"2,5\"\n");

        assertThat(table.cases().get(0).inputs().get("a")).isEqualTo(CaseValue.of("2,5"));
    }

    @Test
    void readsTabSeparatedFiles() throws IOException {
        CaseTable table = read("case\tL [mm]\tlabel\nc1\t100\tbeam, left\n");

        assertThat(table.columns()).extracting(Column::alias).containsExactly("L", "label");
        assertThat(number(table.cases().get(0), "L")).isEqualTo(100);
        assertThat(table.cases().get(0).inputs().get("label")).isEqualTo(CaseValue.of("beam, left"));
    }

    @Test
    void delimiterInsideQuotedHeaderDoesNotCount() throws IOException {
        CaseTable table = read("a;b;\"M [kN,m]\"\n1;2;3,5\n");

        assertThat(table.columns()).containsExactly(new Column("a", null), new Column("b", null), new Column("M", "kN,m"));
        assertThat(number(table.cases().get(0), "M")).isEqualTo(3.5);
    }

    @Test
    void unquotesRfc4180Fields() throws IOException {
        CaseTable table = read("case,note\r\n\"a, b\",\"line 1\r\nline 2\"\r\n\"say \"\"hi\"\"\",\"x\"\r\n");

        assertThat(table.cases()).extracting(CaseInput::name).containsExactly("a, b", "say \"hi\"");
        assertThat(table.cases().get(0).inputs().get("note").value().asText()).isEqualTo("line 1\r\nline 2");
        assertThat(table.cases().get(1).inputs().get("note")).isEqualTo(CaseValue.of("x"));
    }

    @Test
    void readsMatrices() throws IOException {
        CaseTable table = read("M [kN],v,w\n\"[1, 2; 3, 4]\",[1 2 3],[ -1.5e1 ; 2 ]\n");

        CaseInput input = table.cases().get(0);
        CaseValue m = input.inputs().get("M");
        assertThat(m.kind()).isEqualTo(ValueKind.MATRIX);
        assertThat(m.unit()).isEqualTo("kN");
        assertThat(m.value()).isEqualTo(json("[[1.0,2.0],[3.0,4.0]]"));
        assertThat(input.inputs().get("v").value()).isEqualTo(json("[[1.0,2.0,3.0]]"));
        assertThat(input.inputs().get("w").value()).isEqualTo(json("[[-15.0],[2.0]]"));
    }

    @Test
    void readsStringsAndRejectsNonFiniteWordsAsNumbers() throws IOException {
        CaseTable table = read("s,t,u\nsteel S355,NaN,Infinity\n");

        CaseInput input = table.cases().get(0);
        assertThat(input.inputs().values()).allSatisfy(v -> assertThat(v.kind()).isEqualTo(ValueKind.STRING));
        assertThat(input.inputs().get("s")).isEqualTo(CaseValue.of("steel S355"));
    }

    @Test
    void emptyCellsKeepWorksheetValuesAndEmptyLinesAreSkipped() throws IOException {
        CaseTable table = read("a,b\n1,\n\n , 2\n,,\n");

        assertThat(table.cases()).hasSize(2);
        assertThat(table.cases().get(0).inputs()).containsOnlyKeys("a");
        assertThat(table.cases().get(1).inputs()).containsOnlyKeys("b");
    }

    @Test
    void headerOnlyGivesNoCases() throws IOException {
        assertThat(read("a,b\n").cases()).isEmpty();
    }

    @Test
    void reportsHeaderProblems() {
        CaseFileException e = failure("L,L,,1x,a b,case,Case\n1,2,3,4,5,6,7\n");

        assertThat(e.problems()).containsExactly(
                new CaseProblem(1, "L", "duplicate alias"),
                new CaseProblem(1, null, "empty header cell in column 3"),
                new CaseProblem(1, "1x", "not a valid alias (a name starting with a letter or _, then letters, digits, _, . or ')"),
                new CaseProblem(1, "a b", "not a valid alias (a name starting with a letter or _, then letters, digits, _, . or ')"),
                new CaseProblem(1, "Case", "more than one case column"));
    }

    @Test
    void reportsValueProblemsWithRowAndColumn() {
        CaseFileException e = failure("case,L [m],M\n"
                + "ok,1,[1]\n"
                + "a,abc,\"[1, 2; 3]\"\n"
                + "b,1e999,\"[1, x]\"\n"
                + "c,2,[]\n"
                + "d,2,[1; ]\n"
                + "e,3,\"[1, 2\"\n");

        assertThat(e.problems()).containsExactly(
                new CaseProblem(3, "L", "not a number: \"abc\""),
                new CaseProblem(3, "M", "ragged matrix: row 2 has 1 values, row 1 has 2"),
                new CaseProblem(4, "L", "number out of range: \"1e999\""),
                new CaseProblem(4, "M", "not a number in matrix: \"x\""),
                new CaseProblem(5, "M", "empty matrix"),
                new CaseProblem(6, "M", "empty row 2 in matrix \"[1; ]\""),
                new CaseProblem(7, "M", "matrix without closing ]: \"[1, 2\""));
        assertThat(e.getMessage()).contains("row 3, column L: not a number: \"abc\"");
    }

    @Test
    void reportsRowsWithWrongCellCountCountingPhysicalLines() {
        CaseFileException e = failure("a,b\n\"multi\nline\",1\n1\n\n1,2,3\n");

        assertThat(e.problems()).containsExactly(
                new CaseProblem(4, null, "has 1 cells, the header has 2"),
                new CaseProblem(6, null, "has 3 cells, the header has 2"));
        assertThat(e.getMessage()).contains("row 4: has 1 cells, the header has 2");
    }

    @Test
    void reportsEmptyFile() {
        assertThat(failure("\uFEFF\n\n").problems())
                .containsExactly(new CaseProblem(1, null, "no header row (the file is empty)"));
    }

    @Test
    void reportsUnterminatedQuote() {
        CaseFileException e = failure("a,b\n1,\"open\n");

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).message()).startsWith("not valid CSV");
    }

    @Test
    void reportsInvalidUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "a\nMüller\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> CaseTables.readCsv(file))
                .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problems())
                        .extracting(CaseProblem::message).containsExactly("not UTF-8 text (save the table as \"CSV UTF-8\")"));
    }

    @Test
    void reportsOverlongCellWithoutReadingItWhole() {
        String big = "x".repeat(CaseTables.MAX_CELL_CHARS + 10);
        CaseFileException e = failure("case,a,b\nc1,1,2\nc2,1," + big + "\n");

        assertThat(e.problems()).containsExactly(new CaseProblem(3, "b", "cell longer than 1 MiB"));
    }

    @Test
    void stopsAtTheCaseLimitWithAClearError() {
        CaseFileException e = catchThrowableOfType(CaseFileException.class,
                () -> new CsvCaseReader("big.csv", 1000, 3).read(new StringReader("a\n1\n2\n3\n4\n5\n")));

        assertThat(e.problems()).containsExactly(new CaseProblem(5, null, "more than 3 cases; split the table"));
    }

    @Test
    void stopsAtTheSizeLimit() {
        CaseFileException e = catchThrowableOfType(CaseFileException.class,
                () -> new CsvCaseReader("big.csv", 100_000, 1_000_000).read(new StringReader("a\n" + "1\n".repeat(60_000))));

        assertThat(e.problems()).containsExactly(new CaseProblem(0, null, "file larger than 100000 bytes"));
        assertThat(e.getMessage()).isEqualTo("big.csv: 1 problem" + System.lineSeparator() + "  file larger than 100000 bytes");
    }

    @Test
    void listsAllProblemsAtOnceUpToTheCap() {
        StringBuilder text = new StringBuilder("n [m]\n");
        for (int i = 0; i < 150; i++) {
            text.append("bad\n");
        }
        CaseFileException e = failure(text.toString());

        assertThat(e.total()).isEqualTo(150);
        assertThat(e.problems()).hasSize(100);
        assertThat(e.problems().get(0)).isEqualTo(new CaseProblem(2, "n", "not a number: \"bad\""));
        assertThat(e.problems().get(99).row()).isEqualTo(101);
        assertThat(e.getMessage()).contains("150 problems").contains("… and 50 more");
    }

    @Test
    void readsLargeTableStreaming() throws IOException {
        int rows = 100_000;
        StringBuilder text = new StringBuilder(rows * 40).append("case,a [m],b,c,d\n");
        for (int i = 0; i < rows; i++) {
            text.append('c').append(i).append(',').append(i).append(".5,1e3,text ").append(i).append(",-2\n");
        }

        CaseTable table = read(text.toString());

        assertThat(table.cases()).hasSize(rows);
        CaseInput last = table.cases().get(rows - 1);
        assertThat(last.name()).isEqualTo("c99999");
        assertThat(last.inputs().get("a")).isEqualTo(CaseValue.of(99999.5, "m"));
        assertThat(last.inputs().get("c")).isEqualTo(CaseValue.of("text 99999"));
    }

    private static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unused")
    private static List<String> aliases(CaseTable table) {
        return table.columns().stream().map(Column::alias).toList();
    }
}
