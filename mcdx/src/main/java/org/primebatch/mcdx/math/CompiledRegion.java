package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One region, compiled: run against the worksheet frame of a run, it yields the region's outcome. */
interface CompiledRegion {
    String regionId();

    Outcome run(Frame worksheet, Map<String, Value> inputs);

    /** A refused region; the names it would define are refused in the scope. */
    record Refused(String regionId, String reason) implements CompiledRegion {
        @Override
        public Outcome run(Frame worksheet, Map<String, Value> inputs) {
            return new Outcome.Refused(reason);
        }
    }

    record Inert(String regionId) implements CompiledRegion {
        @Override
        public Outcome run(Frame worksheet, Map<String, Value> inputs) {
            return new Outcome.Inert();
        }
    }

    /**
     * The expression of a region, run in the region's own frame, once, or once per value of the worksheet range
     * variable it uses (collecting a column vector, as Mathcad shows a table).
     */
    record Body(Node node, FrameLayout layout, List<Integer> rangeSlots) {
        Value evaluate(Frame worksheet) {
            Frame frame = new Frame(layout.size(), worksheet);
            if (rangeSlots.isEmpty()) {
                return node.eval(frame);
            }
            if (rangeSlots.size() > 1) {
                throw new Unsupported("an evaluation over several range variables");
            }
            int slot = rangeSlots.get(0);
            List<Value> values = new ArrayList<>();
            for (Scalar v : rangeValues(worksheet, slot)) {
                Value saved = worksheet.get(slot);
                worksheet.set(slot, v);
                try {
                    values.add(node.eval(frame));
                } finally {
                    worksheet.set(slot, saved);
                }
            }
            if (values.isEmpty()) {
                throw new MathError("the range is empty");
            }
            return Matrix.column(values);
        }
    }

    static List<Scalar> rangeValues(Frame worksheet, int slot) {
        Value v = worksheet.get(slot);
        if (v instanceof RangeValue range) {
            return range.values();
        }
        throw new Unsupported("a range variable whose value in this run is " + (v == null ? "missing" : v.kind()));
    }

    /** {@code name := body}, {@code name := body =} and plain evaluations (name null, slot -1). */
    record Definition(String regionId, String name, int slot, boolean input, Body body, boolean evaluated,
            DisplayUnit displayUnit) implements CompiledRegion {
        @Override
        public Outcome run(Frame worksheet, Map<String, Value> inputs) {
            Value value;
            if (input && inputs.containsKey(name)) {
                value = inputs.get(name);
            } else {
                try {
                    value = body.evaluate(worksheet);
                } catch (RuntimeException e) {
                    if (slot >= 0) {
                        worksheet.fail(slot, e);
                    }
                    throw e;
                }
            }
            if (slot >= 0) {
                worksheet.set(slot, value);
            }
            Value shown = value instanceof RangeValue range ? Matrix.column(List.copyOf(range.values())) : value;
            return evaluated ? new Outcome.Evaluated(name, shown, Optional.ofNullable(displayUnit))
                    : new Outcome.Defined(name, value);
        }
    }

    /**
     * {@code x_i := body}: element by element over the range variables used, into a copy of the earlier x. Evaluated
     * ({@code x_i := body =}), it shows the values assigned: a column over one range variable, a matrix over two.
     */
    record ElementDefinition(String regionId, String name, int slot, Node previous, Node node, List<Node> indices,
            FrameLayout layout, List<Integer> rangeSlots, int origin, boolean evaluated, DisplayUnit displayUnit)
            implements CompiledRegion {
        @Override
        public Outcome run(Frame worksheet, Map<String, Value> inputs) {
            try {
                Frame frame = new Frame(layout.size(), worksheet);
                Value base = previous == null ? null : previous.eval(frame);
                worksheet.set(slot, base);
                List<Value> assigned = new ArrayList<>();
                assign(worksheet, frame, 0, assigned);
                if (evaluated) {
                    return new Outcome.Evaluated(name, table(worksheet, assigned), Optional.ofNullable(displayUnit));
                }
                return new Outcome.Defined(name, worksheet.get(slot));
            } catch (RuntimeException e) {
                worksheet.set(slot, null);
                worksheet.fail(slot, e);
                throw e;
            }
        }

        private Matrix table(Frame worksheet, List<Value> assigned) {
            if (rangeSlots.size() == 1) {
                return Matrix.column(assigned);
            }
            int rows = rangeValues(worksheet, rangeSlots.get(0)).size();
            int cols = rangeValues(worksheet, rangeSlots.get(1)).size();
            Value[] columnMajor = new Value[rows * cols];
            for (int k = 0; k < assigned.size(); k++) {
                columnMajor[(k % cols) * rows + k / cols] = assigned.get(k);
            }
            return Matrix.ofColumnMajor(rows, cols, columnMajor);
        }

        private void assign(Frame worksheet, Frame frame, int level, List<Value> assigned) {
            if (level == rangeSlots.size()) {
                int row = Indexing.index(indices.get(0).eval(frame), origin);
                int col = indices.size() == 2 ? Indexing.index(indices.get(1).eval(frame), origin) : 0;
                Value base = worksheet.get(slot);
                if (indices.size() == 1 && base instanceof Matrix m && m.cols() != 1) {
                    throw new MathError("index: one index needs a vector, this matrix has " + m.cols() + " columns");
                }
                Value value = node.eval(frame);
                if (value instanceof RangeValue) {
                    throw new Unsupported("a range as a matrix element");
                }
                worksheet.set(slot, Indexing.assign(base, row, col, value, origin));
                assigned.add(value);
                return;
            }
            int rangeSlot = rangeSlots.get(level);
            Value saved = worksheet.get(rangeSlot);
            try {
                for (Scalar v : rangeValues(worksheet, rangeSlot)) {
                    worksheet.set(rangeSlot, v);
                    assign(worksheet, frame, level + 1, assigned);
                }
            } finally {
                worksheet.set(rangeSlot, saved);
            }
        }
    }

    /** {@code [a; b] := body}: each name takes the element in its place. */
    record MultipleDefinition(String regionId, String names, int rows, int cols, int[] slots, Body body,
            boolean evaluated, DisplayUnit displayUnit) implements CompiledRegion {
        @Override
        public Outcome run(Frame worksheet, Map<String, Value> inputs) {
            try {
                Matrix m = Arithmetic.matrix(body.evaluate(worksheet), "multiple definition");
                if (m.rows() != rows || m.cols() != cols) {
                    throw new MathError("multiple definition: the sizes differ");
                }
                for (int i = 0; i < slots.length; i++) {
                    worksheet.set(slots[i], m.elements().get(i));
                }
                return evaluated ? new Outcome.Evaluated(names, m, Optional.ofNullable(displayUnit))
                        : new Outcome.Defined(names, m);
            } catch (RuntimeException e) {
                for (int slot : slots) {
                    worksheet.fail(slot, e);
                }
                throw e;
            }
        }
    }

    /** Where one element of a multiple definition goes: a variable's slot and the subscript. */
    record ElementTarget(int slot, List<Node> indices) {
    }

    /**
     * {@code [x_(0,k); y_(0,k)] := body}: for each value of the range variables used, the body is evaluated once and
     * its elements are stored in their places, growing copies of the variables defined earlier.
     */
    record MultipleElementDefinition(String regionId, String names, int rows, int cols, int[] slots,
            List<Node> previous, List<ElementTarget> targets, Node node, FrameLayout layout, List<Integer> rangeSlots,
            int origin) implements CompiledRegion {
        @Override
        public Outcome run(Frame worksheet, Map<String, Value> inputs) {
            try {
                Frame frame = new Frame(layout.size(), worksheet);
                Value[] bases = new Value[slots.length];
                for (int i = 0; i < slots.length; i++) {
                    bases[i] = previous.get(i) == null ? null : previous.get(i).eval(frame);
                }
                for (int i = 0; i < slots.length; i++) {
                    worksheet.set(slots[i], bases[i]);
                }
                assign(worksheet, frame, 0);
                return new Outcome.Defined(names, worksheet.get(slots[0]));
            } catch (RuntimeException e) {
                for (int slot : slots) {
                    worksheet.set(slot, null);
                    worksheet.fail(slot, e);
                }
                throw e;
            }
        }

        private void assign(Frame worksheet, Frame frame, int level) {
            if (level == rangeSlots.size()) {
                Value value = node.eval(frame);
                Matrix m = value instanceof Matrix matrix ? matrix : null;
                if (m == null || m.rows() != rows || m.cols() != cols) {
                    throw new MathError("multiple definition: the sizes differ");
                }
                int[][] places = new int[targets.size()][];
                for (int i = 0; i < places.length; i++) {
                    List<Node> indices = targets.get(i).indices();
                    int row = Indexing.index(indices.get(0).eval(frame), origin);
                    int col = indices.size() == 2 ? Indexing.index(indices.get(1).eval(frame), origin) : 0;
                    places[i] = new int[] {row, col};
                }
                for (int i = 0; i < places.length; i++) {
                    int slot = targets.get(i).slot();
                    Value element = m.elements().get(i);
                    if (!(element instanceof Scalar)) {
                        throw new Unsupported("a multiple definition of elements that are not numbers");
                    }
                    worksheet.set(slot, Indexing.assign(worksheet.get(slot), places[i][0], places[i][1], element, origin));
                }
                return;
            }
            int rangeSlot = rangeSlots.get(level);
            Value saved = worksheet.get(rangeSlot);
            try {
                for (Scalar v : rangeValues(worksheet, rangeSlot)) {
                    worksheet.set(rangeSlot, v);
                    assign(worksheet, frame, level + 1);
                }
            } finally {
                worksheet.set(rangeSlot, saved);
            }
        }
    }
}
