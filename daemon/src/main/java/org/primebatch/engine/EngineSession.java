package org.primebatch.engine;

import java.nio.file.Path;
import java.util.Map;
import org.primebatch.api.CaseValue;

/**
 * One open worksheet. Per case the caller sets inputs, calculates, reads outputs and exports artifacts; inputs a
 * case does not set keep the values the previous case or the worksheet gave them.
 */
public interface EngineSession extends AutoCloseable {
    void setInputs(Map<String, CaseValue> inputs) throws EngineException;

    void calculate() throws EngineException;

    Map<String, CaseValue> outputs() throws EngineException;

    /** Writes one artifact of {@code format} to {@code target}; the caller moves it into place. */
    void export(String format, Path target, String caseName) throws EngineException;

    @Override
    void close();
}
