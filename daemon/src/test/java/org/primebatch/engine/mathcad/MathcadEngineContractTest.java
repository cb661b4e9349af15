package org.primebatch.engine.mathcad;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineContractTest;
import org.primebatch.testing.Corpus;

class MathcadEngineContractTest extends EngineContractTest {
    private final FakePrime prime = new FakePrime();
    private final MathcadEngine engine = FakeEngines.on(prime, new RecordedProcesses());

    @AfterEach
    void stopPrime() {
        prime.shutdown();
    }

    @Override
    protected Engine engine() {
        return engine;
    }

    @Override
    protected Path worksheet() {
        return Corpus.simpleExample();
    }

    @Override
    protected String realInput() {
        return "input_1";
    }
}
