package org.primebatch.mcdx.syntax;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Mathcad's math XML ({@code ml:} elements of worksheet.xml) as a syntax tree, parsed once by {@link MathParser}.
 * The compiler, the text renderer, the sheet reader and the checks all read this tree; none reads the XML.
 * Shapes the parser cannot read become {@link Malformed} (known element, unexpected parts) or {@link Unknown}
 * (an element this tree does not model), so that readers refuse or render them instead of failing.
 */
public sealed interface MathExpr {

    /** The XML element this node was read from, for messages: {@code define}, {@code apply}, {@code real}… */
    String element();

    /** The nodes directly inside this one, in the order the file writes them. */
    default List<MathExpr> parts() {
        return List.of();
    }

    /** This node and every node inside it, depth first. */
    default Stream<MathExpr> descendants() {
        return Stream.concat(Stream.of(this), parts().stream().flatMap(MathExpr::descendants));
    }

    /** {@code ml:real}: a number as written ({@code 12}, {@code -1.5E-3}). */
    record Num(String text) implements MathExpr {
        public String element() {
            return "real";
        }
    }

    /** {@code ml:imag}: an imaginary number as written, and the symbol it is shown with ({@code i} or {@code j}). */
    record Imaginary(String text, String symbol) implements MathExpr {
        public String element() {
            return "imag";
        }
    }

    /** {@code ml:str}: a string literal. */
    record Str(String text) implements MathExpr {
        public String element() {
            return "str";
        }
    }

    /** {@code ml:id}: a name, literal subscripts joined with '_' ({@code W_P}), and Mathcad's label for it. */
    record Ident(String name, String labels) implements MathExpr {
        public String element() {
            return "id";
        }

        public boolean isUnit() {
            return "UNIT".equals(labels);
        }

        /** Mathcad left the label open: a variable, a unit or a function, whichever is defined. */
        public boolean isOpen() {
            return labels.isEmpty() || "*".equals(labels);
        }
    }

    /** {@code ml:placeholder}: an empty slot. */
    record Placeholder() implements MathExpr {
        public String element() {
            return "placeholder";
        }
    }

    /** {@code ml:parens}. */
    record Parens(MathExpr inner) implements MathExpr {
        public List<MathExpr> parts() {
            return List.of(inner);
        }

        public String element() {
            return "parens";
        }
    }

    /** {@code ml:sequence}: arguments or indices separated by commas. */
    record Sequence(List<MathExpr> items) implements MathExpr {
        public Sequence {
            items = List.copyOf(items);
        }

        public List<MathExpr> parts() {
            return items;
        }

        public String element() {
            return "sequence";
        }
    }

    /**
     * {@code ml:matrix}: elements in column-major order (Mathcad's {@code display} child left out); rows and cols
     * are -1 when the attributes are not numbers.
     */
    record MatrixExpr(int rows, int cols, List<MathExpr> elements) implements MathExpr {
        public MatrixExpr {
            elements = List.copyOf(elements);
        }

        public List<MathExpr> parts() {
            return elements;
        }

        public String element() {
            return "matrix";
        }

        public boolean isWellShaped() {
            return rows >= 1 && cols >= 1 && rows * cols == elements.size();
        }
    }

    /** {@code ml:range}: {@code first..last} or {@code first, second..last} ({@code second} empty). */
    record RangeExpr(MathExpr first, Optional<MathExpr> second, MathExpr last) implements MathExpr {
        public List<MathExpr> parts() {
            return second.isPresent() ? List.of(first, second.get(), last) : List.of(first, last);
        }

        public String element() {
            return "range";
        }
    }

    /** {@code ml:lambda}: bound variables and a body, as Σ, Π, ∫ and d/dx write their operand. */
    record Lambda(List<MathExpr> parameters, MathExpr body) implements MathExpr {
        public Lambda {
            parameters = List.copyOf(parameters);
        }

        public List<MathExpr> parts() {
            return concat(parameters, body);
        }

        public String element() {
            return "lambda";
        }
    }

    /**
     * {@code ml:apply} of an expression (a name, a call, parentheses, a lambda): a function call. {@code arguments}
     * are the call's arguments, a single {@code ml:sequence} already opened.
     */
    record Apply(MathExpr function, List<MathExpr> arguments) implements MathExpr {
        public Apply {
            arguments = List.copyOf(arguments);
        }

        public List<MathExpr> parts() {
            return concat(List.of(function), arguments);
        }

        public String element() {
            return "apply";
        }
    }

    /** {@code ml:apply} of an operator: {@code plus}, {@code indexer}, {@code summation}… with its operands as written. */
    record Operation(Operator operator, String name, List<MathExpr> operands) implements MathExpr {
        public Operation {
            operands = List.copyOf(operands);
        }

        public List<MathExpr> parts() {
            return operands;
        }

        public String element() {
            return "apply";
        }

        public boolean is(Operator op) {
            return operator == op;
        }
    }

    /** The bounds of Σ, Π and ∫ ({@code lowerBound}, {@code upperBound}) and the order of d/dx ({@code degree}). */
    record Bound(BoundKind kind, MathExpr value) implements MathExpr {
        public List<MathExpr> parts() {
            return List.of(value);
        }

        public String element() {
            return kind.element();
        }
    }

    /**
     * {@code ml:eval}: {@code expression =}, shown in {@code unit} (empty when none was typed; a placeholder when
     * the slot is empty). {@code unexpected} names any other parts.
     */
    record Eval(MathExpr expression, Optional<MathExpr> unit, List<String> unexpected) implements MathExpr {
        public Eval {
            unexpected = List.copyOf(unexpected);
        }

        public List<MathExpr> parts() {
            return unit.isPresent() ? List.of(expression, unit.get()) : List.of(expression);
        }

        public String element() {
            return "eval";
        }

        /** The typed display unit, when there is one and it is not an empty slot. */
        public Optional<MathExpr> typedUnit() {
            return unit.filter(u -> !(u instanceof Placeholder));
        }
    }

    /** {@code x := …} ({@code define}), {@code x ≡ …} ({@code globalDefine}), {@code x ← …} ({@code localDefine}). */
    record Define(DefineKind kind, MathExpr target, MathExpr value) implements MathExpr {
        public List<MathExpr> parts() {
            return List.of(target, value);
        }

        public String element() {
            return kind.element();
        }

        /** The evaluation of {@code x := expr =}, else empty. */
        public Optional<Eval> evaluation() {
            return value instanceof Eval e ? Optional.of(e) : Optional.empty();
        }
    }

    /** {@code ml:function}: the left side {@code f(x, y)} of a function definition. */
    record FunctionHead(MathExpr name, List<MathExpr> parameters) implements MathExpr {
        public FunctionHead {
            parameters = List.copyOf(parameters);
        }

        public List<MathExpr> parts() {
            return concat(List.of(name), parameters);
        }

        public String element() {
            return "function";
        }
    }

    /** {@code ml:program}: statements, one per line. */
    record Program(List<MathExpr> statements) implements MathExpr {
        public Program {
            statements = List.copyOf(statements);
        }

        public List<MathExpr> parts() {
            return statements;
        }

        public String element() {
            return "program";
        }
    }

    /** {@code ml:if}: the first branch ({@code if}), then {@code else if} or {@code also if} branches, and the else. */
    record IfExpr(List<Branch> branches, Optional<MathExpr> otherwise) implements MathExpr {
        public IfExpr {
            branches = List.copyOf(branches);
        }

        public List<MathExpr> parts() {
            List<MathExpr> parts = new java.util.ArrayList<>();
            for (Branch b : branches) {
                b.test().ifPresent(parts::add);
                b.body().ifPresent(parts::add);
            }
            otherwise.ifPresent(parts::add);
            return parts;
        }

        public String element() {
            return "if";
        }
    }

    /** One branch of an {@link IfExpr}: its test and body, each empty when the file leaves it out. */
    record Branch(BranchKind kind, Optional<MathExpr> test, Optional<MathExpr> body) {
    }

    /** {@code for variable ∈ over: body}. */
    record ForLoop(MathExpr variable, MathExpr over, MathExpr body) implements MathExpr {
        public List<MathExpr> parts() {
            return List.of(variable, over, body);
        }

        public String element() {
            return "for";
        }
    }

    /** {@code while test: body}. */
    record WhileLoop(MathExpr test, MathExpr body) implements MathExpr {
        public List<MathExpr> parts() {
            return List.of(test, body);
        }

        public String element() {
            return "while";
        }
    }

    /** {@code try: attempt} / {@code on error: recovery}. */
    record TryCatch(MathExpr attempt, MathExpr recovery) implements MathExpr {
        public List<MathExpr> parts() {
            return List.of(attempt, recovery);
        }

        public String element() {
            return "tryCatch";
        }
    }

    /** {@code return value}. */
    record Return(Optional<MathExpr> value) implements MathExpr {
        public List<MathExpr> parts() {
            return value.map(List::of).orElse(List.of());
        }

        public String element() {
            return "return";
        }
    }

    record Break() implements MathExpr {
        public String element() {
            return "break";
        }
    }

    record Continue() implements MathExpr {
        public String element() {
            return "continue";
        }
    }

    /** {@code ml:symEval}: {@code expression keywords → result}. */
    record Symbolic(Optional<MathExpr> expression, Optional<MathExpr> keywords, Optional<MathExpr> result)
            implements MathExpr {
        public List<MathExpr> parts() {
            return Stream.of(expression, keywords, result).flatMap(Optional::stream).toList();
        }

        public String element() {
            return "symEval";
        }
    }

    /** A known element whose parts do not have the shape Mathcad writes; {@code problem} says how. */
    record Malformed(String element, String problem, List<MathExpr> parts) implements MathExpr {
        public Malformed {
            parts = List.copyOf(parts);
        }
    }

    /** An element this tree does not model (a control, an operator's wrapper out of place), with its parts. */
    record Unknown(String element, List<MathExpr> parts) implements MathExpr {
        public Unknown {
            parts = List.copyOf(parts);
        }
    }

    private static List<MathExpr> concat(List<MathExpr> first, MathExpr last) {
        return Stream.concat(first.stream(), Stream.of(last)).toList();
    }

    private static List<MathExpr> concat(List<MathExpr> first, List<MathExpr> rest) {
        return Stream.concat(first.stream(), rest.stream()).toList();
    }

    enum DefineKind {
        DEFINE("define"), GLOBAL("globalDefine"), LOCAL("localDefine");

        private final String element;

        DefineKind(String element) {
            this.element = element;
        }

        public String element() {
            return element;
        }
    }

    enum BranchKind { IF, ELSE_IF, ALSO_IF }

    enum BoundKind {
        LOWER("lowerBound"), UPPER("upperBound"), DEGREE("degree");

        private final String element;

        BoundKind(String element) {
            this.element = element;
        }

        public String element() {
            return element;
        }
    }
}
