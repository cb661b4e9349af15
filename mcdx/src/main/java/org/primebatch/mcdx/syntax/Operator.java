package org.primebatch.mcdx.syntax;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The operators Mathcad writes as the first child of an {@code ml:apply}; {@link #OTHER} for any it does not know. */
public enum Operator {
    PLUS("plus"), MINUS("minus"), NEG("neg"), MULT("mult"), DIV("div"), POW("pow"), SCALE("scale"),
    NTH_ROOT("nthRoot"), ABSVAL("absval"), DETERMINANT("determinant"), FACTORIAL("factorial"), PERCENT("percent"),
    PARENS("parens"), EQUAL("equal"), NOT_EQUAL("notEqual"), LESS_THAN("lessThan"), GREATER_THAN("greaterThan"),
    LESS_OR_EQUAL("lessOrEqual"), GREATER_OR_EQUAL("greaterOrEqual"), AND("and"), OR("or"), XOR("xor"), NOT("not"),
    INDEXER("indexer"), MATCOL("matcol"), MATROW("matrow"), ELEMENT_OF("elementOf"), CROSS_PRODUCT("crossProduct"),
    TRANSPOSE("transpose"), VECTORIZE("vectorize"), SUMMATION("summation"), PRODUCT("product"),
    DERIVATIVE("derivative"), INTEGRAL("integral"), FUNCTION_DERIVATIVE("functionDerivative"), LIMIT("limit"),
    OTHER("");

    private static final Map<String, Operator> BY_ELEMENT = Arrays.stream(values()).filter(o -> o != OTHER)
            .collect(Collectors.toUnmodifiableMap(Operator::element, Function.identity()));

    private final String element;

    Operator(String element) {
        this.element = element;
    }

    /** The element's local name in worksheet.xml. */
    public String element() {
        return element;
    }

    public static Operator of(String element) {
        return BY_ELEMENT.getOrDefault(element, OTHER);
    }

    public boolean isInequality() {
        return this == LESS_THAN || this == GREATER_THAN || this == LESS_OR_EQUAL || this == GREATER_OR_EQUAL;
    }
}
