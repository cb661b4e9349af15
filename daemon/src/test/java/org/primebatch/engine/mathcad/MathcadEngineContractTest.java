package org.primebatch.engine.mathcad;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineContractTest;
import org.primebatch.mcdx.testing.Corpus;

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
    protected List<String> realInputs() {
        return List.of("input_1", "input_2");
    }

    @Override
    protected String realInput() {
        return "input_1";
    }
}
