package org.primebatch.engine.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Json;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;

/**
 * A session run in an engine host. Every call is timed; a host that dies, goes silent or outlives a call's timeout
 * is killed (with whatever it started) and the call fails as a lost session, so the case is retried on a new host.
 * An interrupted call (a cancel) kills the host too: a host busy with a case cannot be asked to stop.
 */
final class HostedSession implements EngineSession {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final HostPool pool;
    private final Path worksheet;
    private final SessionOptions options;
    private HostProcess host;
    private int cases;

    private HostedSession(HostPool pool, Path worksheet, SessionOptions options) {
        this.pool = pool;
        this.worksheet = worksheet;
        this.options = options;
    }

    static HostedSession open(HostPool pool, Path worksheet, SessionOptions options) throws EngineException {
        HostedSession session = new HostedSession(pool, worksheet, options);
        session.attach();
        return session;
    }

    private void attach() throws EngineException {
        try {
            attachOnce();
        } catch (EngineException e) {
            if (!e.sessionLost()) {
                throw e;
            }
            // an idle host that died since its last session: one more try, on a new host
            attachOnce();
        }
    }

    private void attachOnce() throws EngineException {
        host = pool.acquire();
        ObjectNode open = Json.object().put("worksheet", worksheet.toString());
        open.set("options", HostProtocol.options(options));
        try {
            call(HostProtocol.OPEN, open, options.timeouts().open());
        } catch (EngineException e) {
            if (host != null) {
                pool.release(host);
                host = null;
            }
            throw e;
        }
    }

    @Override
    public void setInputs(Map<String, CaseValue> inputs) throws EngineException {
        if (host == null) {
            attach();
        } else if (cases >= pool.settings().recycleAfter()) {
            recycle();
        }
        ObjectNode request = Json.object();
        request.set("inputs", HostProtocol.values(inputs));
        call(HostProtocol.SET_INPUTS, request, options.timeouts().setInputs());
    }

    private void recycle() throws EngineException {
        HostProcess old = host;
        host = null;
        cases = 0;
        pool.retire(old);
        attach();
    }

    @Override
    public void calculate() throws EngineException {
        requireHost();
        cases++;
        call(HostProtocol.CALCULATE, null, options.timeouts().calculate());
    }

    @Override
    public Map<String, CaseValue> outputs() throws EngineException {
        requireHost();
        return HostProtocol.values(call(HostProtocol.OUTPUTS, null, options.timeouts().setInputs()));
    }

    @Override
    public void export(String format, Path target, String caseName) throws EngineException {
        requireHost();
        ObjectNode request = Json.object().put("format", format).put("target", target.toString()).put("caseName", caseName);
        call(HostProtocol.EXPORT, request, options.timeouts().export());
    }

    private void requireHost() throws EngineException {
        if (host == null) {
            throw EngineException.sessionLost("the engine host of this session was replaced; the case must start again", null);
        }
    }

    private JsonNode call(String op, ObjectNode request, Duration timeout) throws EngineException {
        try {
            return host.call(op, request, timeout);
        } catch (HostFailure e) {
            HostProcess failed = host;
            host = null;
            String reason = "the " + failed + " " + e.getMessage();
            pool.discard(failed, e.died(), reason);
            throw EngineException.sessionLost(reason + "; it was replaced", e);
        } catch (InterruptedException e) {
            HostProcess stopped = host;
            host = null;
            pool.discard(stopped, false, "interrupted");
            Thread.currentThread().interrupt();
            throw EngineException.transientFailure("interrupted; the " + stopped + " was stopped");
        } catch (EngineException e) {
            if (e.sessionLost()) {
                HostProcess lost = host;
                host = null;
                pool.discard(lost, false, e.getMessage());
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (host == null) {
            return;
        }
        HostProcess closing = host;
        host = null;
        try {
            closing.call(HostProtocol.CLOSE, null, CLOSE_TIMEOUT);
            pool.release(closing);
        } catch (EngineException e) {
            pool.release(closing);
        } catch (HostFailure e) {
            pool.discard(closing, e.died(), e.getMessage());
        } catch (InterruptedException e) {
            pool.discard(closing, false, "interrupted");
            Thread.currentThread().interrupt();
        }
    }
}
