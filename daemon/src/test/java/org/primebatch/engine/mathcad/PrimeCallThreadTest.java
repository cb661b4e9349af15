package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeComException;

class PrimeCallThreadTest {
    private final PrimeCallThread com = new PrimeCallThread("test-com", PrimeCallListener.NONE);
    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void release() {
        never.countDown();
        com.shutdown(() -> { });
    }

    private void awaitNever() {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyCallRunsOnTheSameThread() throws Exception {
        Thread first = com.call("a", Duration.ofSeconds(5), Thread::currentThread);
        Thread second = com.call("b", Duration.ofSeconds(5), Thread::currentThread);
        assertThat(first).isSameAs(second).isNotSameAs(Thread.currentThread());
        assertThat(first.isDaemon()).isTrue();
    }

    @Test
    void aCallThatDoesNotAnswerInTimeLosesTheSessionAndLaterCallsFailAtOnce() {
        assertThatThrownBy(() -> com.call("SaveAs", Duration.ofSeconds(1), () -> {
            awaitNever();
            return null;
        })).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.sessionLost()).isTrue();
            assertThat(e.getMessage()).isEqualTo("SaveAs did not answer within 1 s (a dialog may be open in Mathcad Prime)");
        });
        assertThat(com.stuck()).isTrue();
        assertThatThrownBy(() -> com.call("FullName", Duration.ofSeconds(5), () -> "x"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.getMessage()).contains("has not answered SaveAs"));
    }

    @Test
    void comFailuresBecomeEngineErrors() {
        assertThatThrownBy(() -> com.call("Quit", Duration.ofSeconds(5), () -> {
            throw new PrimeComException(HResults.RPC_CALL_REJECTED, "Call was rejected by callee.");
        })).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.getMessage()).contains("busy").contains("0x80010001");
            assertThat(e.retryable()).isTrue();
            assertThat(e.sessionLost()).isFalse();
        });
        assertThatThrownBy(() -> com.call("OpenEx", Duration.ofSeconds(5), () -> {
            throw new PrimeComException(HResults.UNKNOWN_NAME, "Unknown name.");
        })).isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse());
    }
}
