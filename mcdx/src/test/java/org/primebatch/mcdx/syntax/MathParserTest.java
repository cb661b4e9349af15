package org.primebatch.mcdx.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.mcdx.testing.MathSnippets.apply;
import static org.primebatch.mcdx.testing.MathSnippets.call;
import static org.primebatch.mcdx.testing.MathSnippets.define;
import static org.primebatch.mcdx.testing.MathSnippets.evalIn;
import static org.primebatch.mcdx.testing.MathSnippets.function;
import static org.primebatch.mcdx.testing.MathSnippets.id;
import static org.primebatch.mcdx.testing.MathSnippets.math;
import static org.primebatch.mcdx.testing.MathSnippets.matrix;
import static org.primebatch.mcdx.testing.MathSnippets.real;
import static org.primebatch.mcdx.testing.MathSnippets.unit;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MathParserTest {
    @Test
    void aDefinitionWithAnEvaluationInAUnitBecomesTypedNodes() {
        MathExpr tree = math(define("M", evalIn(apply("mult", id("w", "max"), real("2")), unit("kN"))));

        assertThat(tree).isEqualTo(new MathExpr.Define(MathExpr.DefineKind.DEFINE, new MathExpr.Ident("M", "VARIABLE"),
                new MathExpr.Eval(new MathExpr.Operation(Operator.MULT, "mult",
                        List.of(new MathExpr.Ident("w_max", "VARIABLE"), new MathExpr.Num("2"))),
                        Optional.of(new MathExpr.Ident("kN", "UNIT")), List.of())));
    }

    @Test
    void aCallOpensItsArgumentSequenceAndAFunctionHeadNamesItsParameters() {
        MathExpr call = math(call("max", id("a"), id("b")));
        assertThat(call).isInstanceOf(MathExpr.Apply.class);
        assertThat(((MathExpr.Apply) call).arguments()).hasSize(2);

        MathExpr definition = math(function("f", apply("plus", id("x"), id("y")), "x", "y"));
        MathExpr.FunctionHead head = (MathExpr.FunctionHead) ((MathExpr.Define) definition).target();
        assertThat(head.name()).isEqualTo(new MathExpr.Ident("f", "FUNCTION"));
        assertThat(head.parameters()).extracting(MathExpr::element).containsExactly("id", "id");
    }

    @Test
    void shapesMathcadDoesNotWriteBecomeMalformedOrUnknownInsteadOfFailing() {
        MathExpr range = math("<ml:range>" + real("1") + "</ml:range>");
        assertThat(range).isEqualTo(new MathExpr.Malformed("range", "a range with 1 parts",
                List.of(new MathExpr.Num("1"))));
        assertThat(math("<ml:frobnicate>" + id("x") + "</ml:frobnicate>"))
                .isEqualTo(new MathExpr.Unknown("frobnicate", List.of(new MathExpr.Ident("x", "VARIABLE"))));
        assertThat(math(apply("frobnicate", id("x")))).isInstanceOfSatisfying(MathExpr.Operation.class,
                o -> assertThat(o.operator()).isEqualTo(Operator.OTHER));
    }

    @Test
    void descendantsVisitEveryNodeOnceWithTheRootFirst() {
        MathExpr tree = math(define("A", matrix(2, 1, real("1"), call("sin", id("x")))));

        assertThat(tree.descendants().map(MathExpr::element))
                .containsExactly("define", "id", "matrix", "real", "apply", "id", "id");
    }
}
