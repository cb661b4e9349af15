package org.primebatch.queue;

import java.nio.file.Path;
import java.util.List;
import org.primebatch.api.BatchSpec;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;

/**
 * One engine's session, kept open across cases that open the same worksheet with the same options, so a batch opens
 * its worksheet once per worker rather than once per case. Another batch's units, call timeouts or designations
 * need a session of their own.
 */
final class KeptSession implements AutoCloseable {
    private final Engines engines;
    private final String engine;
    private final String missing;
    private EngineSession session;
    private List<Object> key;

    /** @param missing the error when this daemon does not have {@code engine} */
    KeptSession(Engines engines, String engine, String missing) {
        this.engines = engines;
        this.engine = engine;
        this.missing = missing;
    }

    /** The session for {@code spec}'s worksheet and options, the open one when it was opened the same way. */
    EngineSession open(BatchSpec spec) throws EngineException {
        SessionOptions options = new SessionOptions(spec.outputUnits(), CallTimeouts.DEFAULTS.with(spec.callTimeouts()),
                spec.designate());
        List<Object> wanted = List.of(spec.worksheet(), options);
        if (session != null && wanted.equals(key)) {
            return session;
        }
        close();
        Engine found = engines.find(engine).orElseThrow(() -> EngineException.permanent(missing));
        session = found.open(Path.of(spec.worksheet()), options);
        key = wanted;
        return session;
    }

    @Override
    public void close() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException ignored) {
                // a session that fails to close is dropped all the same
            }
            session = null;
            key = null;
        }
    }
}
