package org.primebatch.engine.mathcad;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.mathcad.com.ImageNameProcesses;
import org.primebatch.engine.mathcad.com.PrimeConnector;
import org.primebatch.engine.mathcad.com.PrimeProcesses;
import org.primebatch.engine.mathcad.jacob.JacobPrimeConnector;
import org.primebatch.engine.mcdx.pkg.McdxException;
import org.primebatch.engine.mcdx.sheet.Designation;
import org.primebatch.engine.mcdx.sheet.Worksheet;

/**
 * Mathcad Prime through its COM automation API (Windows only). One session at a time: Prime is one process per
 * Windows session, shared with whatever the user has open.
 */
public final class MathcadEngine implements Engine {
    public static final String NAME = "mathcad";

    private final MathcadConfig config;
    private final StartedProcesses processes;
    private final PrimeConnector connector;
    private final PrimeProcesses prime;
    private final Supplier<MathcadInstallation> probe;
    private MathcadInstallation installation;

    public MathcadEngine(MathcadConfig config, StartedProcesses processes) {
        this(config, processes, new JacobPrimeConnector(config.jacobDll()), ImageNameProcesses.mathcadPrime(),
                () -> MathcadInstallation.probe(config));
    }

    /** An engine on a given COM seam, installed as {@code probe} says. */
    MathcadEngine(MathcadConfig config, StartedProcesses processes, PrimeConnector connector, PrimeProcesses prime,
            Supplier<MathcadInstallation> probe) {
        this.config = config;
        this.processes = processes;
        this.connector = connector;
        this.prime = prime;
        this.probe = probe;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The installed Mathcad Prime version (from the registry), or {@code not installed}. */
    @Override
    public String version() {
        return installation().version();
    }

    @Override
    public Availability availability() {
        return installation().availability();
    }

    private synchronized MathcadInstallation installation() {
        if (installation == null) {
            installation = probe.get();
        }
        return installation;
    }

    @Override
    public int defaultSlots() {
        return 1;
    }

    @Override
    public Set<String> exportFormats() {
        return ExportFormat.names();
    }

    /** Takes any worksheet; the inputs are its designated ones when the package can be read here. */
    @Override
    public Admission admit(Path worksheet) {
        if (!Files.isRegularFile(worksheet)) {
            return Admission.refused(List.of("worksheet not found: " + worksheet));
        }
        try {
            Set<String> inputs = new LinkedHashSet<>();
            Worksheet.open(worksheet).inputs().stream().map(Designation::alias).forEach(inputs::add);
            return new Admission(List.of(), inputs);
        } catch (McdxException e) {
            return Admission.ANY;
        }
    }

    @Override
    public String invalidInput(CaseValue value) {
        return PrimeInput.problem(value);
    }

    @Override
    public EngineSession open(Path worksheet, SessionOptions options) throws EngineException {
        return open(worksheet, options, PrimeCallListener.NONE);
    }

    /** A session whose every COM call {@code listener} hears. */
    public MathcadSession open(Path worksheet, SessionOptions options, PrimeCallListener listener) throws EngineException {
        if (!Files.isRegularFile(worksheet)) {
            throw EngineException.permanent("worksheet not found: " + worksheet);
        }
        Availability availability = availability();
        if (!availability.available()) {
            throw EngineException.permanent("the mathcad engine is not available: " + availability.reason());
        }
        return MathcadSession.open(worksheet, options, config, connector, prime, processes, listener);
    }
}
