package org.primebatch.engine.mathcad;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeApplication;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeConnector;
import org.primebatch.engine.mathcad.com.PrimeProcesses;

/**
 * A Windows session with Mathcad Prime, faithful to what the engine relies on: one Prime process per session, which
 * a new application attaches to when the user has Prime open; COM objects usable only on the apartment thread that
 * made them; a dead server answering RPC_S_SERVER_UNAVAILABLE; calls that never return (a dialog); SaveAs onto an
 * existing file waiting for an overwrite prompt nobody answers. The "MathcadPrime.exe" process is a real child
 * process; worksheets are evaluated by the native engine, so outputs are real numbers.
 */
final class FakePrime implements PrimeConnector, PrimeProcesses {
    String version = "10.0.0.0";
    boolean registered = true;
    boolean hasOpenEx = true;
    boolean fullLicence = true;
    /** An error code a member answers instead of its own, by member name ({@code OutputGetValue}, {@code SetRealValue}…). */
    final Map<String, Integer> errorCodes = new ConcurrentHashMap<>();
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<Path> openedPaths = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final CountDownLatch hungCallsRelease = new CountDownLatch(1);
    private volatile Process mathcad;
    private volatile Thread apartment;
    volatile boolean visible = true;
    volatile Integer calculationTimeout;
    /** What this Prime makes of the outputs it calculates: by default exactly the native engine's. */
    volatile Distortion distortion = Distortion.NONE;
    /** Cases calculated ({@code Synchronize} calls) since the fake started. */
    final AtomicInteger calculations = new AtomicInteger();

    /** Outputs as a Prime that computes differently gives them, for the {@code n}-th calculation with these inputs. */
    @FunctionalInterface
    interface Distortion {
        Distortion NONE = (n, inputs, outputs) -> outputs;

        Map<String, CaseValue> apply(int n, Map<String, CaseValue> inputs, Map<String, CaseValue> outputs);
    }

    /** The user has Prime open already: a new application attaches to that process. */
    Process userOpensMathcad() {
        mathcad = startMathcadProcess();
        return mathcad;
    }

    Process mathcadProcess() {
        return mathcad;
    }

    /** Prime dies (crash, or the user quits it from the task bar). */
    void crash() {
        Process p = mathcad;
        if (p != null) {
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Calls of {@code member} never return (as when a dialog is open in Prime). */
    void hangOn(String member) {
        hanging.add(member);
    }

    /** Frees calls still hanging and stops the Prime process; for the end of a test. */
    void shutdown() {
        hungCallsRelease.countDown();
        Process p = mathcad;
        if (p != null) {
            p.destroyForcibly();
        }
    }

    long callsOf(String member) {
        synchronized (calls) {
            return calls.stream().filter(member::equals).count();
        }
    }

    @Override
    public void enterApartment() {
        apartment = Thread.currentThread();
    }

    @Override
    public PrimeApplication createApplication() throws PrimeComException {
        checkThread("CoCreateInstance");
        if (!registered) {
            throw new PrimeComException(HResults.INVALID_CLASS_STRING, "Invalid class string");
        }
        if (mathcad == null || !mathcad.isAlive()) {
            mathcad = startMathcadProcess();
        }
        return new FakeApplication(this);
    }

    @Override
    public void leaveApartment() {
        if (apartment == Thread.currentThread()) {
            apartment = null;
        }
    }

    @Override
    public Set<Long> running() {
        Process p = mathcad;
        return p != null && p.isAlive() ? Set.of(p.pid()) : Set.of();
    }

    /** Every member of every fake COM object starts here. */
    void enter(String member) throws PrimeComException {
        calls.add(member);
        checkThread(member);
        Process p = mathcad;
        if (p == null || !p.isAlive()) {
            throw new PrimeComException(HResults.RPC_SERVER_UNAVAILABLE, "The RPC server is unavailable.");
        }
        if (hanging.contains(member)) {
            waitForever();
        }
    }

    /** Blocks like a call into a Prime that shows a dialog; only {@link #shutdown()} ends it. */
    void waitForever() throws PrimeComException {
        try {
            hungCallsRelease.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new PrimeComException(HResults.RPC_CALL_FAILED, "The remote procedure call failed.");
    }

    int forcedCode(String member, int code) {
        return errorCodes.getOrDefault(member, code);
    }

    void quit() {
        Process p = mathcad;
        if (p != null) {
            p.destroy();
        }
        mathcad = null;
    }

    private void checkThread(String member) throws PrimeComException {
        if (Thread.currentThread() != apartment) {
            throw new PrimeComException(HResults.RPC_WRONG_THREAD, member + " called from " + Thread.currentThread().getName()
                    + ", outside the apartment that owns the object");
        }
    }

    private static Process startMathcadProcess() {
        try {
            return new ProcessBuilder("sleep", "600").start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the stand-in Mathcad process", e);
        }
    }
}
