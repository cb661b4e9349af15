package org.primebatch.mcdx.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.testing.MathSnippets.apply;
import static org.primebatch.mcdx.testing.MathSnippets.define;
import static org.primebatch.mcdx.testing.MathSnippets.eval;
import static org.primebatch.mcdx.testing.MathSnippets.evalIn;
import static org.primebatch.mcdx.testing.MathSnippets.id;
import static org.primebatch.mcdx.testing.MathSnippets.real;
import static org.primebatch.mcdx.testing.MathSnippets.unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CheckedValue;
import org.primebatch.api.StaleResults;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.mcdx.McdxWorksheet;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.NumberLiteral;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.testing.Examples;
import org.primebatch.mcdx.testing.SmallWorksheet;
import org.primebatch.mcdx.write.CaseWorksheetWriter;
import org.primebatch.mcdx.write.InputValue;

/**
 * Mismatches are called consistent with stale stored results exactly when other values of the worksheet's typed-in
 * inputs reproduce every stored value; the stored values themselves are never changed.
 */
class StaleResultsTest {
    @TempDir
    Path dir;

    private static String inches(String value) {
        return apply("scale", real(value), unit("in"));
    }

    private static String metres(String value) {
        return apply("scale", real(value), unit("m"));
    }

    @Test
    void aResultStoredForAnOlderInputIsExplainedWithThatInput() {
        // CG_X1 := A/2 stored as 0.5 in while A is 30 in
        Path file = new SmallWorksheet()
                .math(define("A", inches("30")))
                .output("CG_X1", define("CG_X1", evalIn(apply("div", id("A"), real(2)), unit("in"))))
                .storedAsIf("A", 1, "in")
                .write(dir.resolve("cg.mcdx"));

        WorksheetCheck check = McdxWorksheet.open(file).check();

        assertThat(check.mismatched()).isEqualTo(1);
        assertThat(check.runsNatively()).isFalse();
        CheckedValue cg = check.values().stream().filter(v -> "CG_X1".equals(v.name())).findFirst().orElseThrow();
        assertThat(cg.status()).isEqualTo(CheckedValue.MISMATCHED);
        assertThat(cg.stored()).isEqualTo("0.5 in");
        assertThat(cg.computed()).isEqualTo("15 in");
        StaleResults stale = check.staleResults();
        assertThat(stale).isNotNull();
        assertThat(stale.inputs()).containsExactly(new StaleResults.OlderInput(0, "A", "30 in", "1 in"));
        assertThat(stale.regions()).containsExactly(1);
        assertThat(stale.summary()).contains("consistent with stale stored results")
                .contains("A = 1 in (the worksheet has 30 in)");
        assertThat(stale.remedy()).contains("Mathcad Prime").contains("Ctrl+F5").contains("--with mathcad").contains("never changes a stored value");
        assertThat(check.reasons()).anyMatch(r -> r.contains("consistent with stale stored results"));
    }

    @Test
    void aRatioStoredAsOneWhileItsNumeratorIsZeroIsExplained() {
        // z/h stored as 1 while z = 0
        Path file = new SmallWorksheet()
                .math(define("z", metres("0")))
                .math(define("h", metres("2.5")))
                .math(eval(apply("div", id("z"), id("h"))))
                .storedAsIf("z", 2.5, "m")
                .write(dir.resolve("ratio.mcdx"));

        WorksheetCheck check = McdxWorksheet.open(file).check();

        assertThat(check.mismatched()).isEqualTo(1);
        assertThat(check.values().get(0).stored()).isEqualTo("1");
        assertThat(check.staleResults()).isNotNull();
        assertThat(check.staleResults().inputs()).extracting(StaleResults.OlderInput::name, StaleResults.OlderInput::stored)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("z", "2.5 m"));
    }

    @Test
    void aChainOfStaleValuesIsExplainedByTheInputItStartsAt() {
        Path file = new SmallWorksheet()
                .math(define("A", inches("30")))
                .math(define("B", evalIn(apply("div", id("A"), real(2)), unit("in"))))
                .math(define("C", evalIn(apply("mult", id("B"), real(3)), unit("in"))))
                .math(define("D", evalIn(metres("7"), unit("m"))))
                .storedAsIf("A", 1, "in")
                .write(dir.resolve("chain.mcdx"));

        WorksheetCheck check = McdxWorksheet.open(file).check();

        assertThat(check.mismatched()).isEqualTo(2);
        assertThat(check.matched()).isEqualTo(1);
        assertThat(check.staleResults()).isNotNull();
        assertThat(check.staleResults().regions()).containsExactly(1, 2);
        assertThat(check.staleResults().inputs()).extracting(StaleResults.OlderInput::stored).containsExactly("1 in");
        assertThat(check.staleResults().summary()).startsWith("The 2 values that do not match are consistent");
    }

    @Test
    void twoChangedInputsAreBothFound() {
        Path file = new SmallWorksheet()
                .math(define("a", metres("3")))
                .math(define("b", metres("4")))
                .math(define("p", evalIn(apply("mult", id("a"), real(2)), unit("m"))))
                .math(define("q", evalIn(apply("plus", id("a"), id("b")), unit("m"))))
                .storedAsIf("a", 1, "m")
                .storedAsIf("b", 10, "m")
                .write(dir.resolve("two.mcdx"));

        WorksheetCheck check = McdxWorksheet.open(file).check();

        assertThat(check.staleResults()).isNotNull();
        assertThat(check.staleResults().inputs()).extracting(StaleResults.OlderInput::name, StaleResults.OlderInput::stored)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", "1 m"),
                        org.assertj.core.groups.Tuple.tuple("b", "10 m"));
    }

    @Test
    void aMismatchNoOtherInputValueReproducesIsNotCalledStale() throws IOException {
        // y and z both depend on x only; y's stored value alone is changed, so no single x reproduces both
        Path file = new SmallWorksheet()
                .math(define("x", metres("2")))
                .math(define("y", evalIn(apply("mult", id("x"), real(3)), unit("m"))))
                .math(define("z", evalIn(apply("mult", id("x"), real(5)), unit("m"))))
                .write(dir.resolve("tampered.mcdx"));
        replaceInResults(file, "<ml:real>6</ml:real>", "<ml:real>7</ml:real>");

        WorksheetCheck check = McdxWorksheet.open(file).check();

        assertThat(check.mismatched()).isEqualTo(1);
        assertThat(check.staleResults()).isNull();
        assertThat(check.reasons()).noneMatch(r -> r.contains("stale"));
    }

    @Test
    void aMismatchWithoutAnyTypedInInputIsNotCalledStale() throws IOException {
        Path file = new SmallWorksheet()
                .math(define("y", evalIn(apply("mult", metres("2"), real(3)), unit("m"))))
                .write(dir.resolve("constant.mcdx"));
        replaceInResults(file, "<ml:real>6</ml:real>", "<ml:real>7</ml:real>");

        WorksheetCheck check = McdxWorksheet.open(file).check();

        assertThat(check.mismatched()).isEqualTo(1);
        assertThat(check.staleResults()).isNull();
    }

    @Test
    void aWorksheetWhoseResultsAreCurrentHasNoStaleResults() {
        Path file = new SmallWorksheet()
                .math(define("A", inches("30")))
                .output("CG_X1", define("CG_X1", evalIn(apply("div", id("A"), real(2)), unit("in"))))
                .write(dir.resolve("current.mcdx"));

        WorksheetCheck check = McdxWorksheet.open(file).check();

        assertThat(check.mismatched()).isZero();
        assertThat(check.runsNatively()).isTrue();
        assertThat(check.staleResults()).isNull();
    }

    @Test
    void theBeamSavedWithTheResultsOfItsOlderSpanIsExplainedAndLeftAsItIs() throws IOException {
        McdxPackage template = McdxPackage.open(Examples.beamWorksheet());
        Worksheet sheet = Worksheet.read(template);
        // the span edited to 8 m, the results of the worksheet's own 6 m kept: saved without recalculating
        Path stale = dir.resolve("beam-stale.mcdx");
        CaseWorksheetWriter.write(template, sheet, Map.of("L", InputValue.number(8, "m")),
                CompiledWorksheet.of(sheet).program().run(Map.of()), stale);
        byte[] before = Files.readAllBytes(stale);

        WorksheetCheck check = McdxWorksheet.open(stale).check();

        assertThat(check.mismatched()).isPositive();
        assertThat(check.runsNatively()).isFalse();
        assertThat(check.staleResults()).isNotNull();
        assertThat(check.staleResults().inputs()).extracting(StaleResults.OlderInput::name,
                StaleResults.OlderInput::current, StaleResults.OlderInput::stored)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("L", "8 m", "6 m"));
        assertThat(Files.readAllBytes(stale)).isEqualTo(before);
    }

    @Test
    void aCorpusWorksheetStoredForAnOlderInputIsExplained() throws IOException {
        Path source = Corpus.dir().resolve("ChristianCruger__mcad2py/references__RC_torsion.mcdx");
        McdxPackage template = McdxPackage.open(source);
        Worksheet sheet = Worksheet.read(template);
        CompiledWorksheet compiled = CompiledWorksheet.of(sheet);
        Results own = compiled.program().run(Map.of());
        assertThat(WorksheetChecker.check(compiled).mismatched()).isZero();
        // the first typed-in input on which at least two evaluations depend, stored as if it were 20 % smaller
        String input = null;
        Results older = null;
        for (Region region : sheet.regions()) {
            if (region.mathContent().flatMap(NumberLiteral::of).isEmpty()) {
                continue;
            }
            String name = region.mathContent().get().definedName();
            Scalar value = (Scalar) ((Outcome.Defined) own.of(Integer.toString(region.id()))).value();
            Results moved = compiled.program().run(Map.of(name, new Scalar(value.si() * 0.8, value.dimension())));
            long changed = sheet.regions().stream().filter(r -> r.mathContent().flatMap(m -> m.evaluation()).isPresent())
                    .map(r -> Integer.toString(r.id()))
                    .filter(id -> !own.of(id).equals(moved.of(id))).count();
            if (changed >= 2) {
                input = name;
                older = moved;
                break;
            }
        }
        assertThat(input).as("an input two evaluations depend on").isNotNull();
        Path stale = dir.resolve("torsion-stale.mcdx");
        CaseWorksheetWriter.write(template, sheet, Map.of(), older, stale);

        WorksheetCheck check = McdxWorksheet.open(stale).check();

        assertThat(check.mismatched()).isGreaterThanOrEqualTo(2);
        assertThat(check.staleResults()).isNotNull();
        assertThat(check.staleResults().inputs()).extracting(StaleResults.OlderInput::name).containsExactly(input);
    }

    /** Rewrites text in the stored results of a worksheet file, as a tool editing result.xml would. */
    private static void replaceInResults(Path file, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("mathcad/result.xml")) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    replaced = text.contains(from);
                    content = text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        assertThat(replaced).as("result.xml holds " + from).isTrue();
        Files.write(file, out.toByteArray());
    }
}
