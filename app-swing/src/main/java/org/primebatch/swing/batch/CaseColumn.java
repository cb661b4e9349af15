package org.primebatch.swing.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Designated;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.ResultCheck;
import org.primebatch.api.ResultCheck.Limit;

/** One column of the cases table: what it shows, how it reads its cell from a case, how it copies and sorts. */
public record CaseColumn(Kind kind, String alias, String unit, String title) {
    /** What a column shows. */
    public enum Kind { SEQ, CASE, STATE, ATTEMPTS, INPUT, OUTPUT, CHECK, ERROR, DURATION, ARTIFACTS }

    /**
     * What the columns of one batch need besides the case: where its artifacts are, the worksheet's input values (for
     * the inputs a case leaves blank) and its check.
     */
    public record Context(Path outDir, Map<String, CaseValue> worksheetInputs, ResultCheck check) {
        public static final Context NONE = new Context(null, Map.of(), null);

        public Context {
            worksheetInputs = worksheetInputs == null ? Map.of() : worksheetInputs;
        }

        static Context of(BatchView batch) {
            if (batch == null || batch.spec() == null) {
                return NONE;
            }
            String outDir = batch.spec().outDir();
            Designated designated = batch.spec().designated();
            ResultCheck check;
            try {
                check = batch.spec().resultCheck();
            } catch (IllegalArgumentException e) {
                check = null; // the daemon took the batch, so its check reads; an older one may not
            }
            return new Context(outDir == null ? null : Path.of(outDir), designated.inputs(), check);
        }
    }

    /**
     * An input or output value as the table shows it.
     *
     * @param unitInTitle   whether the column's title names the value's unit, so the cell need not
     * @param fromWorksheet an input the case left blank: the worksheet's value, which it was calculated with
     * @param failing       the limits of the batch's check this output fails, as written ({@code utilisation <= 1})
     */
    public record ValueCell(CaseValue value, boolean unitInTitle, boolean fromWorksheet, List<String> failing) {
        public ValueCell {
            failing = List.copyOf(failing);
        }

        public boolean numeric() {
            return value.value().isNumber();
        }

        public boolean fails() {
            return !failing.isEmpty();
        }

        /** The value to {@code figures} significant figures, with its unit unless the title names it. */
        public String shown(int figures) {
            return withUnit(Numbers.shown(value.value(), figures));
        }

        /** The value in full, with its unit unless the title names it. */
        public String full() {
            return withUnit(Numbers.full(value.value()));
        }

        private String withUnit(String text) {
            return unitInTitle || value.unit() == null ? text : text + " " + value.unit();
        }

        @Override
        public String toString() {
            return full();
        }
    }

    /**
     * What the batch's check says of a succeeded case: it passes only when every limit holds, as the daemon counts it.
     *
     * @param reasons why it fails: the limits that do not hold, or the outputs it cannot compare
     */
    public record CheckCell(boolean passes, List<String> reasons) {
        public CheckCell {
            reasons = List.copyOf(reasons);
        }

        @Override
        public String toString() {
            return passes ? "pass" : "fail";
        }
    }

    /** The files a case exported, in the order the batch names its exports. */
    public record Artifacts(List<Path> files) {
        public Artifacts {
            files = List.copyOf(files);
        }

        @Override
        public String toString() {
            return String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList());
        }
    }

    static CaseColumn fixed(Kind kind, String title) {
        return new CaseColumn(kind, null, null, title);
    }

    static CaseColumn value(Kind kind, String alias, String unit, String title) {
        return new CaseColumn(kind, alias, unit, title);
    }

    /** Names the column across batches and runs: {@code state}, {@code in:L}, {@code out:M_max}. */
    public String key() {
        return switch (kind) {
            case INPUT -> "in:" + alias;
            case OUTPUT -> "out:" + alias;
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Whether a person may hide the column; the case number stays, so that every row says which case it is. */
    public boolean hideable() {
        return kind != Kind.SEQ;
    }

    /** The order of the cases by this column, or null when it cannot be sorted by. */
    public ItemOrder order(boolean descending) {
        return switch (kind) {
            case SEQ -> ItemOrder.by(ItemOrder.By.SEQ, descending);
            case CASE -> ItemOrder.by(ItemOrder.By.NAME, descending);
            case STATE -> ItemOrder.by(ItemOrder.By.STATE, descending);
            case ATTEMPTS -> ItemOrder.by(ItemOrder.By.ATTEMPTS, descending);
            case INPUT -> ItemOrder.input(alias, descending);
            case OUTPUT -> ItemOrder.output(alias, descending);
            case CHECK -> ItemOrder.by(ItemOrder.By.CHECK, descending);
            case ERROR -> ItemOrder.by(ItemOrder.By.ERROR, descending);
            case DURATION -> ItemOrder.by(ItemOrder.By.DURATION, descending);
            case ARTIFACTS -> null;
        };
    }

    /** Whether {@code order} sorts by this column, either way. */
    public boolean sorts(ItemOrder order) {
        ItemOrder mine = order(order.descending());
        return mine != null && mine.equals(order);
    }

    public Class<?> type() {
        return switch (kind) {
            case SEQ, ATTEMPTS -> Integer.class;
            case CASE, ERROR -> String.class;
            case STATE -> ItemState.class;
            case INPUT, OUTPUT -> ValueCell.class;
            case CHECK -> CheckCell.class;
            case DURATION -> Duration.class;
            case ARTIFACTS -> Artifacts.class;
        };
    }

    /** The column's header in a copy: its title, with the unit of durations and the check written out. */
    public String copyTitle(Context context) {
        return switch (kind) {
            case DURATION -> "Duration [s]";
            case CHECK -> context.check() == null ? title : "Check: " + context.check().display();
            default -> title;
        };
    }

    /** What the header's tooltip says of the column. */
    public String description(Context context) {
        return switch (kind) {
            case SEQ -> "The case's number in the batch";
            case INPUT -> "Input " + alias + (unit == null ? "" : ", in " + unit)
                    + (context.worksheetInputs().containsKey(alias) ? "; grey: the worksheet's value, the case left it blank" : "");
            case OUTPUT -> "Output " + alias + (unit == null ? "" : ", in " + unit)
                    + (context.check() != null && !context.check().limitsOn(alias).isEmpty()
                    ? "; red: fails " + String.join(" and ", context.check().limitsOn(alias).stream().map(Limit::display).toList())
                    : "");
            case CHECK -> context.check() == null ? title : "The batch's check: " + context.check().display();
            default -> title;
        };
    }

    /** The cell of {@code item} in this column. */
    public Object valueOf(ItemView item, Context context) {
        return switch (kind) {
            case SEQ -> item.seq();
            case CASE -> item.name() == null ? "" : item.name();
            case STATE -> item.state();
            case ATTEMPTS -> item.attempts();
            case INPUT -> input(item, context);
            case OUTPUT -> output(item, context);
            case CHECK -> check(item, context.check());
            case ERROR -> item.error();
            case DURATION -> item.started() == null || item.finished() == null
                    ? null : Duration.between(item.started(), item.finished());
            case ARTIFACTS -> item.artifacts() == null || item.artifacts().isEmpty()
                    ? null : new Artifacts(item.artifacts().stream().map(name -> resolve(context.outDir(), name)).toList());
        };
    }

    /**
     * The cell of {@code item} as text to paste into a spreadsheet: states as words, durations in seconds, numbers in
     * full, a value's unit only when the title does not name it, artifacts as paths joined by {@code ;}.
     */
    public String copyText(ItemView item, Context context) {
        Object value = valueOf(item, context);
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case STATE -> ((ItemState) value).word();
            case INPUT, OUTPUT -> ((ValueCell) value).full();
            case DURATION -> Numbers.seconds((Duration) value);
            case ARTIFACTS -> String.join(";", ((Artifacts) value).files().stream().map(Path::toString).toList());
            default -> value.toString();
        };
    }

    private ValueCell input(ItemView item, Context context) {
        CaseValue given = item.inputs() == null ? null : item.inputs().get(alias);
        if (given != null) {
            return cell(given, false, List.of());
        }
        CaseValue worksheet = context.worksheetInputs().get(alias);
        return worksheet == null ? null : cell(worksheet, true, List.of());
    }

    private ValueCell output(ItemView item, Context context) {
        CaseValue value = item.outputs() == null ? null : item.outputs().get(alias);
        if (value == null) {
            return null;
        }
        List<String> failing = new ArrayList<>();
        if (context.check() != null && item.state() == ItemState.SUCCEEDED) {
            for (Limit limit : context.check().limitsOn(alias)) {
                if (!Boolean.TRUE.equals(ResultCheck.holds(limit, value))) {
                    failing.add(limit.display());
                }
            }
        }
        return cell(value, false, failing);
    }

    private ValueCell cell(CaseValue value, boolean fromWorksheet, List<String> failing) {
        boolean unitInTitle = value.unit() == null || value.unit().equals(unit);
        return new ValueCell(value, unitInTitle, fromWorksheet, failing);
    }

    /** Null for a case that did not succeed, which the check says nothing of. */
    private static CheckCell check(ItemView item, ResultCheck check) {
        if (check == null || item.state() != ItemState.SUCCEEDED) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        for (Limit limit : check.limits()) {
            CaseValue value = item.outputs() == null ? null : item.outputs().get(limit.alias());
            Boolean holds = ResultCheck.holds(limit, value);
            if (holds == null) {
                reasons.add(value == null ? "no " + limit.alias() + " to check"
                        : limit.alias() + " = " + value.display() + " cannot be compared with " + limit.display());
            } else if (!holds) {
                reasons.add(limit.display() + " fails: " + limit.alias() + " = " + Numbers.full(value.value())
                        + (value.unit() == null ? "" : " " + value.unit()));
            }
        }
        return new CheckCell(reasons.isEmpty(), reasons);
    }

    private static Path resolve(Path outDir, String name) {
        Path path = Path.of(name);
        return path.isAbsolute() || outDir == null ? path : outDir.resolve(path);
    }
}
