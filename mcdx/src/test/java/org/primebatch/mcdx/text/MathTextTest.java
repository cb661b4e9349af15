package org.primebatch.mcdx.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.testing.MathSnippets.apply;
import static org.primebatch.mcdx.testing.MathSnippets.callOf;
import static org.primebatch.mcdx.testing.MathSnippets.definition;
import static org.primebatch.mcdx.testing.MathSnippets.eval;
import static org.primebatch.mcdx.testing.MathSnippets.evalIn;
import static org.primebatch.mcdx.testing.MathSnippets.fn;
import static org.primebatch.mcdx.testing.MathSnippets.id;
import static org.primebatch.mcdx.testing.MathSnippets.math;
import static org.primebatch.mcdx.testing.MathSnippets.parens;
import static org.primebatch.mcdx.testing.MathSnippets.real;
import static org.primebatch.mcdx.testing.MathSnippets.str;
import static org.primebatch.mcdx.testing.MathSnippets.unit;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.sheet.MathRegion;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.Worksheet;

class MathTextTest {
    private static final String W = id("w");
    private static final String L = id("L");

    private static String text(String snippet) {
        return MathText.of(math(snippet));
    }

    @Test
    void definitionWithUnit() {
        String w = definition(W, apply("scale", real("12"), apply("div", unit("kN"), unit("m"))));
        assertThat(text(w)).isEqualTo("w := 12 kN/m");
        assertThat(text(definition(id("I"), apply("scale", real("8356"), apply("pow", unit("cm"), real("4"))))))
                .isEqualTo("I := 8356 cm⁴");
        assertThat(text(definition(id("F"), apply("mult", real("335"), unit("lbf"))))).isEqualTo("F := 335·lbf");
    }

    @Test
    void evaluationWithDisplayUnitAndValue() {
        String body = apply("div", apply("mult", W, apply("pow", L, real("2"))), real("8"));
        String region = definition(id("M", "max"), evalIn(body, apply("mult", unit("kN"), unit("m"))));
        assertThat(text(region)).isEqualTo("M_max := w·L²/8 = ? kN·m");
        assertThat(MathText.of(math(region), "54 kN·m")).isEqualTo("M_max := w·L²/8 = 54 kN·m");
        assertThat(MathText.displayUnit(math(region))).contains("kN·m");
        assertThat(text(eval(id("x")))).isEqualTo("x = ?");
    }

    @Test
    void denominatorsAndGroupsGetParentheses() {
        String numerator = apply("mult", apply("mult", real("5"), W), apply("pow", L, real("4")));
        String denominator = apply("mult", apply("mult", real("384"), id("E")), id("I"));
        assertThat(text(definition(id("δ", "max"), apply("div", numerator, denominator))))
                .isEqualTo("δ_max := 5·w·L⁴/(384·E·I)");
        assertThat(text(apply("div", apply("plus", id("a"), id("b")), real("2")))).isEqualTo("(a + b)/2");
        assertThat(text(apply("minus", id("a"), apply("minus", id("b"), id("c"))))).isEqualTo("a - (b - c)");
        assertThat(text(apply("mult", apply("neg", id("f")), parens(apply("minus", real("1"), id("e"))))))
                .isEqualTo("-f·(1 - e)");
        assertThat(text(apply("pow", apply("plus", id("a"), id("b")), real("2")))).isEqualTo("(a + b)²");
        assertThat(text(apply("pow", id("x"), real("-1")))).isEqualTo("x⁻¹");
        assertThat(text(apply("pow", id("x"), real("0.5")))).isEqualTo("x^0.5");
        assertThat(text(apply("pow", id("x"), apply("plus", id("n"), real("1"))))).isEqualTo("x^(n + 1)");
        assertThat(text(apply("pow", apply("neg", real("2")), real("2")))).isEqualTo("(-2)²");
    }

    @Test
    void functionsAndCalls() {
        String test = apply("greaterThan", id("a"), id("b"));
        assertThat(text(definition(id("x"), callOf(fn("if"), test, id("a"), id("b"))))).isEqualTo("x := if(a > b, a, b)");
        String function = "<ml:function>" + id("f") + "<ml:boundVars>" + id("x") + id("y") + "</ml:boundVars></ml:function>";
        assertThat(text(definition(function, apply("plus", id("x"), id("y"))))).isEqualTo("f(x, y) := x + y");
        assertThat(text(callOf(fn("max"), apply("div", id("σ"), id("f", "y")), parens(apply("div", L, real("250"))))))
                .isEqualTo("max(σ/f_y, (L/250))");
        assertThat(text("<ml:globalDefine>" + id("g") + apply("scale", real("9.81"), apply("div", unit("m"),
                apply("pow", unit("s"), real("2")))) + "</ml:globalDefine>")).isEqualTo("g ≡ 9.81 m/s²");
    }

    @Test
    void matricesRangesAndStrings() {
        String matrix = "<ml:matrix rows=\"2\" cols=\"2\">" + real("1") + real("3") + real("2") + real("4") + "</ml:matrix>";
        assertThat(text(definition(id("A"), matrix))).isEqualTo("A := [1 2; 3 4]");
        String column = "<ml:matrix rows=\"2\" cols=\"1\"><ml:display size=\"1,1\" />" + real("150") + real("150")
                + "</ml:matrix>";
        assertThat(text(definition(id("s"), apply("scale", column, unit("mm"))))).isEqualTo("s := [150; 150] mm");
        String range = "<ml:range><ml:sequence>" + real("-50") + real("-49") + "</ml:sequence>" + real("50") + "</ml:range>";
        assertThat(text(definition(id("x0"), range))).isEqualTo("x0 := -50, -49..50");
        assertThat(text(definition(id("t"), str("Ja")))).isEqualTo("t := \"Ja\"");
        assertThat(text(apply("indexer", id("X"), "<ml:sequence>" + real("1") + real("0") + "</ml:sequence>")))
                .isEqualTo("X[1, 0]");
        assertThat(text(apply("matcol", id("M"), real("0")))).isEqualTo("M⟨0⟩");
        assertThat(text(apply("transpose", id("A")))).isEqualTo("Aᵀ");
    }

    @Test
    void operatorsWithSymbols() {
        assertThat(text(apply("nthRoot", "<ml:placeholder />", apply("div", id("I", "c"), id("A", "c")))))
                .isEqualTo("√(I_c/A_c)");
        assertThat(text(apply("nthRoot", real("3"), id("x")))).isEqualTo("∛x");
        assertThat(text(apply("absval", apply("minus", id("a"), id("b"))))).isEqualTo("|a - b|");
        assertThat(text(apply("and", apply("lessOrEqual", id("y"), id("h")), apply("equal", id("r"), str("Ja")))))
                .isEqualTo("y ≤ h ∧ r == \"Ja\"");
        String vectorSum = apply("summation", "<ml:lambda><ml:boundVars><ml:placeholder /></ml:boundVars>" + id("A", "s")
                + "</ml:lambda>", "<ml:upperBound><ml:placeholder /></ml:upperBound>");
        assertThat(text(vectorSum)).isEqualTo("ΣA_s");
        String product = apply("product", "<ml:lambda><ml:boundVars>" + id("i") + "</ml:boundVars>" + id("i") + "</ml:lambda>",
                "<ml:lowerBound>" + real("1") + "</ml:lowerBound>", "<ml:upperBound>" + real("15") + "</ml:upperBound>");
        assertThat(text(product)).isEqualTo("Π(i = 1..15) i");
        String integral = apply("integral", "<ml:lambda><ml:boundVars>" + id("z") + "</ml:boundVars>"
                        + callOf(id("σ"), id("z")) + "</ml:lambda>",
                "<ml:lowerBound>" + real("0") + "</ml:lowerBound>", "<ml:upperBound>" + id("h") + "</ml:upperBound>");
        assertThat(text(integral)).isEqualTo("∫(0..h) σ(z) dz");
        String derivative = apply("derivative", "<ml:lambda><ml:boundVars>" + id("x") + "</ml:boundVars>"
                + callOf(id("f"), id("x")) + "</ml:lambda>", "<ml:degree>" + real("2") + "</ml:degree>");
        assertThat(text(derivative)).isEqualTo("d²/dx² f(x)");
        assertThat(text(apply("plus", real("1"), "<ml:imag symbol=\"i\">2</ml:imag>"))).isEqualTo("1 + 2i");
    }

    @Test
    void programsSpanIndentedLines() {
        String program = "<ml:program><ml:localDefine>" + id("c") + apply("div", apply("plus", id("a"), id("b")), real("2"))
                + "</ml:localDefine><ml:if><ml:test>" + apply("lessThan", id("c"), real("0")) + "</ml:test>"
                + "<ml:then><ml:program>" + real("0") + "</ml:program></ml:then>"
                + "<ml:else><ml:program>" + id("c") + "</ml:program></ml:else></ml:if></ml:program>";
        String function = "<ml:function>" + id("f") + "<ml:boundVars>" + id("a") + id("b") + "</ml:boundVars></ml:function>";
        assertThat(text(definition(function, program))).isEqualTo("""
                f(a, b) :=
                  c ← (a + b)/2
                  if c < 0: 0
                  else: c""");
        String loop = "<ml:program><ml:for>" + id("i") + "<ml:range>" + real("0") + id("n") + "</ml:range><ml:program>"
                + "<ml:localDefine>" + apply("indexer", id("A"), id("i")) + real("1") + "</ml:localDefine>"
                + "<ml:localDefine>" + id("s") + apply("plus", id("s"), id("i")) + "</ml:localDefine>"
                + "</ml:program></ml:for><ml:return>" + id("A") + "</ml:return></ml:program>";
        assertThat(text(definition(id("A"), loop))).isEqualTo("""
                A :=
                  for i ∈ 0..n:
                    A[i] ← 1
                    s ← s + i
                  return A""");
    }

    @Test
    void loopsBranchesAndHandlers() {
        String program = "<ml:program><ml:while>" + apply("greaterOrEqual", id("k"), real("0")) + "<ml:program>"
                + "<ml:if><ml:test>" + apply("equal", id("k"), real("0")) + "</ml:test><ml:then><ml:program><ml:break />"
                + "</ml:program></ml:then><ml:elseif><ml:test>" + apply("lessThan", id("k"), real("5")) + "</ml:test>"
                + "<ml:then><ml:program><ml:continue /></ml:program></ml:then></ml:elseif></ml:if>"
                + "<ml:localDefine>" + id("k") + apply("minus", id("k"), real("1")) + "</ml:localDefine>"
                + "</ml:program></ml:while><ml:tryCatch><ml:program><ml:return>" + callOf(fn("f"), id("k"))
                + "</ml:return></ml:program><ml:program>" + real("0") + "</ml:program></ml:tryCatch></ml:program>";
        assertThat(text(definition(id("r"), program))).isEqualTo("""
                r :=
                  while k ≥ 0:
                    if k == 0: break
                    else if k < 5: continue
                    k ← k - 1
                  try: return f(k)
                  on error: 0""");
        String lambda = "<ml:lambda><ml:boundVars>" + id("x") + "</ml:boundVars>" + apply("pow", id("x"), real("2"))
                + "</ml:lambda>";
        assertThat(text(lambda)).isEqualTo("(x ↦ x²)");
        assertThat(text(apply("vectorize", apply("mult", id("a"), id("b"))))).isEqualTo("vectorize(a·b)");
        assertThat(text(apply("not", apply("or", id("p"), id("q"))))).isEqualTo("¬(p ∨ q)");
    }

    @Test
    void unknownOperatorsAreNamed() {
        assertThat(text(apply("frobnicate", id("x"), id("y"), id("z")))).isEqualTo("‹frobnicate›(x, y, z)");
        assertThat(text(definition(id("k"), "<ml:ComboBoxControl rows=\"1\" cols=\"1\" />"))).isEqualTo("k := ‹ComboBoxControl›");
    }

    @Test
    void beamWorksheetReadsAsWritten() {
        Worksheet beam = Worksheet.open(WorksheetRun.beam());
        List<String> lines = beam.regions().stream().map(Region::math).filter(Objects::nonNull)
                .map(MathRegion::syntax).map(MathText::of).toList();
        assertThat(lines).containsExactly(
                "L := 6 m",
                "w := 12 kN/m",
                "E := 210 GPa",
                "I := 8356 cm⁴",
                "W_el := 557 cm³",
                "f_y := 355 MPa",
                "M_max := w·L²/8 = ? kN·m",
                "δ_max := 5·w·L⁴/(384·E·I) = ? mm",
                "σ := M_max/W_el = ? MPa",
                "utilisation := max(σ/f_y, δ_max/(L/250)) = ?");
    }
}
