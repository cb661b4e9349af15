package org.primebatch.engine.mcdx;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.mcdx.check.CompiledWorksheet;
import org.primebatch.engine.mcdx.math.Outcome;
import org.primebatch.engine.mcdx.math.Results;
import org.primebatch.engine.mcdx.math.Value;
import org.primebatch.engine.mcdx.sheet.Designation;
import org.primebatch.engine.mcdx.sheet.Region;

/** One compiled worksheet; per case: inputs replace the designated definitions, the program runs, outputs are read. */
final class NativeSession implements EngineSession {
    private final CompiledWorksheet compiled;
    private final Map<String, Value> inputs = new HashMap<>();
    private Results results;

    NativeSession(CompiledWorksheet compiled) {
        this.compiled = compiled;
    }

    @Override
    public void setInputs(Map<String, CaseValue> values) throws EngineException {
        for (Map.Entry<String, CaseValue> entry : values.entrySet()) {
            Designation input = NativeEngine.input(compiled.sheet(), entry.getKey());
            if (input == null) {
                throw EngineException.permanent("the worksheet designates no input '" + entry.getKey() + "'");
            }
            String variable = compiled.sheet().region(input.regionId()).flatMap(Region::mathContent)
                    .map(m -> m.definedName()).orElse(null);
            if (variable == null) {
                throw EngineException.permanent("input " + entry.getKey() + " (region " + input.regionId() + ") defines no variable");
            }
            try {
                inputs.put(variable, CaseValues.toValue(entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw EngineException.permanent("input " + entry.getKey() + ": " + e.getMessage());
            }
        }
        results = null;
    }

    @Override
    public void calculate() {
        results = compiled.program().run(Map.copyOf(inputs));
    }

    @Override
    public Map<String, CaseValue> outputs() throws EngineException {
        if (results == null) {
            throw EngineException.permanent("outputs asked for before the case was calculated");
        }
        Map<String, CaseValue> outputs = new LinkedHashMap<>();
        for (Designation output : compiled.sheet().outputs()) {
            Outcome outcome = results.of(Integer.toString(output.regionId()));
            outputs.put(output.alias(), value(output.alias(), outcome));
        }
        return outputs;
    }

    private static CaseValue value(String alias, Outcome outcome) throws EngineException {
        try {
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
    public void export(String format, Path target) throws EngineException {
        throw EngineException.permanent("the native engine does not export " + format);
    }

    @Override
    public void close() {
        inputs.clear();
        results = null;
    }
}
