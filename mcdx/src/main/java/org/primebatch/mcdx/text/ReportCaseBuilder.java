package org.primebatch.mcdx.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.sheet.Designation;
import org.primebatch.mcdx.sheet.MathRegion;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.report.ReportCase;
import org.primebatch.mcdx.report.ReportLine;
import org.primebatch.mcdx.report.ReportRow;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

/**
 * Turns a worksheet and the results of one run into what its calculation report shows. Results are looked up by
 * region id as text ({@code "12"}), the id {@link org.primebatch.mcdx.math.MathRegion} carries. Inputs show in
 * the unit the worksheet typed them in ({@code 12 kN/m}), evaluations in their display unit, other values in SI.
 */
public final class ReportCaseBuilder {
    private final Worksheet sheet;
    private final Results results;
    private String worksheetName;
    private String caseName = "";
    private Instant date = Instant.now();
    private String engineName = "";
    private String engineVersion = "";

    private ReportCaseBuilder(Worksheet sheet, Results results) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.results = Objects.requireNonNull(results, "results");
        this.worksheetName = nameOf(sheet.source());
    }

    public static ReportCaseBuilder of(Worksheet sheet, Results results) {
        return new ReportCaseBuilder(sheet, results);
    }

    /** The title; by default the worksheet's file name without {@code .mcdx}. */
    public ReportCaseBuilder worksheetName(String name) {
        this.worksheetName = name;
        return this;
    }

    public ReportCaseBuilder caseName(String name) {
        this.caseName = name;
        return this;
    }

    public ReportCaseBuilder date(Instant date) {
        this.date = date;
        return this;
    }

    public ReportCaseBuilder engine(String name, String version) {
        this.engineName = name;
        this.engineVersion = version;
        return this;
    }

    public ReportCase build() {
        Set<Integer> inputRegions = new HashSet<>();
        sheet.inputs().forEach(d -> inputRegions.add(d.regionId()));
        List<ReportLine> lines = new ArrayList<>();
        for (Region region : sheet.regions()) {
            if (region.math() != null) {
                lines.add(line(region, inputRegions.contains(region.id())));
            }
        }
        return new ReportCase(worksheetName, caseName, date, engineName, engineVersion,
                rows(sheet.inputs()), rows(sheet.outputs()), lines);
    }

    private List<ReportRow> rows(List<Designation> designations) {
        List<ReportRow> rows = new ArrayList<>();
        for (Designation d : designations) {
            MathRegion math = sheet.region(d.regionId()).map(Region::math).orElse(null);
            String name = math == null || math.definedName() == null || math.definedName().equals(d.alias())
                    ? d.alias() : d.alias() + " (" + math.definedName() + ")";
            Outcome outcome = math == null ? null : outcome(d.regionId());
            rows.add(row(name, outcome, math));
        }
        return rows;
    }

    private static ReportRow row(String name, Outcome outcome, MathRegion math) {
        ValueText.Shown shown;
        if (outcome instanceof Outcome.Defined defined) {
            shown = ValueText.of(defined.value(), typedUnit(math));
        } else if (outcome instanceof Outcome.Evaluated evaluated) {
            shown = evaluated(evaluated, math);
        } else if (outcome instanceof Outcome.Failed failed) {
            shown = new ValueText.Shown("error: " + failed.error().getMessage(), "");
        } else if (outcome instanceof Outcome.Refused) {
            shown = new ValueText.Shown("refused", "");
        } else {
            shown = new ValueText.Shown("", "");
        }
        return new ReportRow(name, shown.value(), shown.unit());
    }

    private ReportLine line(Region region, boolean isInput) {
        MathRegion math = region.math();
        MathExpr expression = math.syntax();
        Outcome outcome = outcome(region.id());
        if (outcome instanceof Outcome.Evaluated evaluated) {
            return ReportLine.computed(MathText.of(expression, evaluated(evaluated, math).text()));
        }
        if (outcome instanceof Outcome.Defined defined && isInput && math.definedName() != null) {
            return input(math, defined);
        }
        if (outcome instanceof Outcome.Failed failed) {
            return ReportLine.failed(MathText.of(expression), failed.error().getMessage());
        }
        if (outcome instanceof Outcome.Refused refused) {
            return ReportLine.refused(MathText.of(expression), refused.reason());
        }
        return ReportLine.computed(MathText.of(expression));
    }

    /** A designated input shows the value of this case; a note keeps what the worksheet itself has. */
    private static ReportLine input(MathRegion math, Outcome.Defined defined) {
        String written = MathText.of(math.syntax());
        String shown = math.definedName() + " := " + ValueText.of(defined.value(), typedUnit(math)).text();
        if (shown.equals(written)) {
            return ReportLine.computed(written);
        }
        String original = definedValue(math).map(MathText::inline).orElse(written);
        return ReportLine.computed(shown, "case input; the worksheet has " + original);
    }

    private static ValueText.Shown evaluated(Outcome.Evaluated evaluated, MathRegion math) {
        String typed = MathText.displayUnit(math.syntax()).orElse(null);
        Optional<ShownUnit> unit = evaluated.displayUnit().map(u -> ShownUnit.of(u, typed));
        return ValueText.of(evaluated.value(), unit);
    }

    private Outcome outcome(int regionId) {
        return results.byRegion().get(Integer.toString(regionId));
    }

    /** The unit a definition such as {@code w := 12 kN/m} or {@code s := [150; 150] mm} is typed in. */
    private static Optional<ShownUnit> typedUnit(MathRegion math) {
        return definedValue(math)
                .filter(body -> body instanceof MathExpr.Operation o && o.operands().size() == 2
                        && (o.is(Operator.SCALE) || o.is(Operator.MULT)))
                .map(body -> ((MathExpr.Operation) body).operands().get(1))
                .filter(ReportCaseBuilder::isUnit)
                .flatMap(unit -> ShownUnit.typed(MathText.inline(unit)));
    }

    /** The right-hand side of a definition, as written (with its evaluation, if any). */
    private static Optional<MathExpr> definedValue(MathRegion math) {
        return math.syntax() instanceof MathExpr.Define d && d.kind() != MathExpr.DefineKind.LOCAL
                ? Optional.of(d.value()) : Optional.empty();
    }

    /** Built only from UNIT ids, numbers and mult, div, pow, parens. */
    private static boolean isUnit(MathExpr e) {
        if (e instanceof MathExpr.Ident id) {
            return id.isUnit();
        }
        if (e instanceof MathExpr.Num) {
            return true;
        }
        if (e instanceof MathExpr.Parens p) {
            return isUnit(p.inner());
        }
        return e instanceof MathExpr.Operation o && o.operands().size() == 2
                && (o.is(Operator.MULT) || o.is(Operator.DIV) || o.is(Operator.POW) || o.is(Operator.SCALE))
                && isUnit(o.operands().get(0)) && isUnit(o.operands().get(1));
    }

    private static String nameOf(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        String file;
        try {
            Path name = Path.of(source).getFileName();
            file = name == null ? source : name.toString();
        } catch (RuntimeException e) {
            file = source;
        }
        return file.toLowerCase().endsWith(".mcdx") ? file.substring(0, file.length() - 5) : file;
    }
}
