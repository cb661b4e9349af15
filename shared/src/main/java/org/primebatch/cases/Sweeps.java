package org.primebatch.cases;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;

/** Expands sweeps, alone or over the rows of a case table, into cases. */
public final class Sweeps {
    private Sweeps() {
    }

    /** {@link #expand(CaseTable, List, Combine, long)} up to {@link CaseTables#MAX_CASES} cases. */
    public static CaseTable expand(CaseTable base, List<Sweep> sweeps, Combine combine) {
        return expand(base, sweeps, combine, CaseTables.MAX_CASES);
    }

    /**
     * Combines the sweeps, then repeats every row of {@code base} with every combination (the base's row order
     * outermost). The result has the base's columns plus one per sweep; each case is named by the base row's name,
     * if any, and the swept values: {@code beam-3 L=2 m w=10 kN/m}.
     *
     * @param base  the case table the sweeps vary, or null for the sweeps alone
     * @param limit the most cases the result may have; checked before any case is made
     * @throws SweepException when a sweep sets an alias twice or one the base sets, when zipped sweeps differ in
     *                        length, or when the result would have more than {@code limit} cases
     */
    public static CaseTable expand(CaseTable base, List<Sweep> sweeps, Combine combine, long limit) {
        Objects.requireNonNull(sweeps, "sweeps");
        Objects.requireNonNull(combine, "combine");
        if (limit < 0 || limit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limit " + limit + " is not between 0 and " + Integer.MAX_VALUE);
        }
        if (sweeps.isEmpty()) {
            if (base == null) {
                throw new SweepException("no sweeps and no case table: nothing to make cases from");
            }
            return base;
        }
        List<Column> columns = columns(base, sweeps);
        BigInteger combinationCount = combinations(sweeps, combine);
        List<CaseInput> baseRows = base == null ? List.of(new CaseInput(null, Map.of())) : base.cases();
        checkLimit(base, baseRows.size(), combinationCount, limit);
        if (baseRows.isEmpty()) {
            return new CaseTable(columns, List.of());
        }
        long combinations = combinationCount.longValueExact();

        List<CaseInput> cases = new ArrayList<>((int) (baseRows.size() * combinations));
        long[] indices = new long[sweeps.size()];
        for (CaseInput row : baseRows) {
            for (long combination = 0; combination < combinations; combination++) {
                indices(sweeps, combine, combination, indices);
                cases.add(swept(row, sweeps, indices));
            }
        }
        return new CaseTable(columns, cases);
    }

    private static List<Column> columns(CaseTable base, List<Sweep> sweeps) {
        List<Column> columns = new ArrayList<>(base == null ? List.of() : base.columns());
        Set<String> baseAliases = columns.stream().map(Column::alias).collect(Collectors.toSet());
        Set<String> swept = new HashSet<>();
        for (Sweep sweep : sweeps) {
            if (baseAliases.contains(sweep.alias())) {
                throw new SweepException("sweep of " + sweep.alias() + ": the case table has a column "
                        + sweep.alias() + " already; sweep another input or drop the column");
            }
            if (!swept.add(sweep.alias())) {
                throw new SweepException("two sweeps of " + sweep.alias() + "; sweep each input once");
            }
            columns.add(new Column(sweep.alias(), sweep.unit()));
        }
        return columns;
    }

    private static BigInteger combinations(List<Sweep> sweeps, Combine combine) {
        if (combine == Combine.ZIP) {
            long length = sweeps.get(0).size();
            for (Sweep sweep : sweeps) {
                if (sweep.size() != length) {
                    throw new SweepException("zipped sweeps must be equally long: " + sweeps.stream()
                            .map(s -> s.alias() + " has " + s.size() + (s.size() == 1 ? " value" : " values"))
                            .collect(Collectors.joining(", ")));
                }
            }
            return BigInteger.valueOf(length);
        }
        BigInteger product = BigInteger.ONE;
        for (Sweep sweep : sweeps) {
            product = product.multiply(BigInteger.valueOf(sweep.size()));
        }
        return product;
    }

    private static void checkLimit(CaseTable base, long rows, BigInteger combinations, long limit) {
        BigInteger total = BigInteger.valueOf(rows).multiply(combinations);
        if (total.compareTo(BigInteger.valueOf(limit)) <= 0) {
            return;
        }
        String count = base == null
                ? "the sweeps make " + total + " cases"
                : rows + " table rows × " + combinations + " sweep combinations make " + total + " cases";
        throw new SweepException(count + ", more than the limit of " + limit);
    }

    /** Sets {@code indices} to each sweep's value index in the given combination. */
    private static void indices(List<Sweep> sweeps, Combine combine, long combination, long[] indices) {
        long rest = combination;
        for (int i = sweeps.size() - 1; i >= 0; i--) {
            if (combine == Combine.ZIP) {
                indices[i] = combination;
            } else {
                long size = sweeps.get(i).size();
                indices[i] = rest % size;
                rest /= size;
            }
        }
    }

    private static CaseInput swept(CaseInput row, List<Sweep> sweeps, long[] indices) {
        Map<String, CaseValue> inputs = new HashMap<>(row.inputs());
        StringBuilder name = new StringBuilder(row.name() == null ? "" : row.name());
        for (int i = 0; i < sweeps.size(); i++) {
            Sweep sweep = sweeps.get(i);
            inputs.put(sweep.alias(), sweep.value(indices[i]));
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(sweep.label(indices[i]));
        }
        return new CaseInput(name.toString(), inputs);
    }
}
