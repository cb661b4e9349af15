package org.primebatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallTimeoutsTest {
    @Test
    void aBatchReplacesTheCallsItNamesAndKeepsTheOthers() {
        CallTimeouts timeouts = CallTimeouts.DEFAULTS.with(Map.of("calculate", 300, "export", 30));

        assertThat(timeouts.calculate()).isEqualTo(Duration.ofSeconds(300));
        assertThat(timeouts.export()).isEqualTo(Duration.ofSeconds(30));
        assertThat(timeouts.open()).isEqualTo(CallTimeouts.DEFAULTS.open());
        assertThat(timeouts.setInputs()).isEqualTo(CallTimeouts.DEFAULTS.setInputs());
        assertThat(timeouts.asMap()).containsOnlyKeys(CallTimeouts.CALLS);
    }

    @Test
    void anUnknownCallOrATimeoutThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> CallTimeouts.DEFAULTS.with(Map.of("solve", 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown engine call 'solve'")
                .hasMessageContaining("open, setInputs, calculate, export");
        assertThatThrownBy(() -> CallTimeouts.DEFAULTS.with(Map.of("calculate", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
