package org.primebatch.engine;

import java.nio.file.Path;
import java.util.Map;
import org.primebatch.api.CaseValue;

/**
 * One open worksheet. Per case the caller sets inputs, calculates, reads outputs and exports artifacts.
 *
 * <p>Every case starts from the worksheet's own values: {@link #setInputs} gives the next case its inputs, and each
 * designated input the case does not name takes the value the worksheet gave it when the session opened it, never
 * a value an earlier case set. A case's results depend on the case alone, not on which session ran it or what ran
 * there before.
 */
public interface EngineSession extends AutoCloseable {
    /** The inputs of the next case; the inputs it does not name take the worksheet's own values. */
    void setInputs(Map<String, CaseValue> inputs) throws EngineException;

    void calculate() throws EngineException;

    Map<String, CaseValue> outputs() throws EngineException;

    /** Writes one artifact of {@code format} to {@code target}; the caller moves it into place. */
    void export(String format, Path target, String caseName) throws EngineException;

    @Override
    void close();
}
