package org.primebatch.mcdx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Designation;
import org.primebatch.mcdx.text.ReportCaseBuilder;
import org.primebatch.mcdx.write.CaseInputs;
import org.primebatch.mcdx.write.CaseWorksheetWriter;
import org.primebatch.mcdx.write.CaseWriteException;
import org.primebatch.mcdx.report.CalculationReport;

/** One compiled worksheet; per case: inputs replace the designated definitions, the program runs, outputs are read. */
final class NativeSession implements EngineSession {
    private final CompiledWorksheet compiled;
    private final McdxPackage template;
    private final String version;
    private final Map<String, DisplayUnit> outputUnits;
    /** The case's overrides of designated definitions; everything else is the compiled worksheet's own. */
    private Map<String, Value> inputs = Map.of();
    private Map<String, CaseValue> inputsByAlias = Map.of();
    private Results results;

    /** @param outputUnits the units the batch asks for, by output alias */
    NativeSession(CompiledWorksheet compiled, McdxPackage template, String version, Map<String, DisplayUnit> outputUnits) {
        this.compiled = compiled;
        this.template = template;
        this.version = version;
        this.outputUnits = Map.copyOf(outputUnits);
    }

    /**
     * Inputs are matched to their definitions and checked against the kind of literal they replace, as written; they
     * replace the previous case's overrides whole.
     */
    @Override
    public void setInputs(Map<String, CaseValue> values) throws EngineException {
        results = null;
        inputs = Map.of();
        inputsByAlias = Map.of();
        try {
            inputs = Map.copyOf(CaseInputs.overrides(compiled.sheet(), CaseValues.toInputValues(values)));
        } catch (CaseWriteException | IllegalArgumentException e) {
            throw EngineException.permanent(e.getMessage());
        }
        inputsByAlias = new LinkedHashMap<>(values);
    }

    @Override
    public void calculate() {
        results = compiled.program().run(inputs);
    }

    @Override
    public Map<String, CaseValue> outputs() throws EngineException {
        if (results == null) {
            throw EngineException.permanent("outputs asked for before the case was calculated");
        }
        Map<String, CaseValue> outputs = new LinkedHashMap<>();
        for (Designation output : compiled.sheet().outputs()) {
            Outcome outcome = results.of(Integer.toString(output.regionId()));
            outputs.put(output.alias(), value(output.alias(), outcome, outputUnits.get(output.alias())));
        }
        return outputs;
    }

    private static CaseValue value(String alias, Outcome outcome, DisplayUnit asked) throws EngineException {
        try {
            if (asked != null && (outcome instanceof Outcome.Evaluated || outcome instanceof Outcome.Defined)) {
                Value value = outcome instanceof Outcome.Evaluated e ? e.value() : ((Outcome.Defined) outcome).value();
                CaseValue read = CaseValues.toCaseValue(value, Optional.of(asked));
                if (!asked.expression().equals(read.unit())) {
                    throw EngineException.permanent("output " + alias + " is in " + read.unit() + ", which cannot be given in " + asked.expression());
                }
                return read;
            }
            if (outcome instanceof Outcome.Evaluated e) {
                return CaseValues.toCaseValue(e.value(), e.displayUnit());
            }
            if (outcome instanceof Outcome.Defined d) {
                return CaseValues.toCaseValue(d.value(), Optional.empty());
            }
        } catch (IllegalArgumentException e) {
            throw EngineException.permanent("output " + alias + ": " + e.getMessage());
        }
        if (outcome instanceof Outcome.Failed f) {
            throw EngineException.permanent("output " + alias + ": " + f.error().getMessage());
        }
        if (outcome instanceof Outcome.Refused r) {
            throw EngineException.permanent("output " + alias + " is not supported: " + r.reason());
        }
        throw EngineException.permanent("output " + alias + " has no value");
    }

    @Override
    public void export(String format, Path target, String caseName) throws EngineException {
        if (results == null) {
            throw EngineException.permanent("export asked for before the case was calculated");
        }
        try {
            switch (format) {
                case NativeEngine.MCDX -> CaseWorksheetWriter.write(template, compiled.sheet(), CaseValues.toInputValues(inputsByAlias),
                        results, target);
                case NativeEngine.PDF -> CalculationReport.write(ReportCaseBuilder.of(compiled.sheet(), results)
                        .caseName(caseName).date(Instant.now()).engine(NativeEngine.NAME, version).build(), target);
                default -> throw EngineException.permanent("the native engine does not export " + format);
            }
        } catch (CaseWriteException | IllegalArgumentException e) {
            throw EngineException.permanent("cannot write the " + format + " of this case: " + e.getMessage());
        } catch (IOException e) {
            throw new EngineException("cannot write " + target + ": " + e.getMessage(), true, e);
        }
    }

    @Override
    public void close() {
        inputs = Map.of();
        inputsByAlias = Map.of();
        results = null;
    }
}
