package org.primebatch.installer.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IniFileTest {
    @Test
    void readsSectionsRepeatedKeysCommentsAndContinuations() {
        IniFile ini = IniFile.parse("""
                # comment
                [Unit]
                Description = A daemon
                ; another comment
                [Service]
                Environment=A=1
                Environment=B=2 \\
                  C=3
                ReadWritePaths=
                """);

        assertThat(ini.sections()).containsOnlyKeys("Unit", "Service");
        assertThat(ini.require("Unit", "Description")).isEqualTo("A daemon");
        assertThat(ini.all("Service", "Environment")).containsExactly("A=1", "B=2 C=3");
        assertThat(ini.words("Service", "Environment")).containsExactly("A=1", "B=2", "C=3");
        assertThat(ini.get("Service", "ReadWritePaths")).hasValue("");
        assertThat(ini.get("Service", "User")).isEmpty();
        assertThatThrownBy(() -> ini.get("Service", "Environment")).hasMessageContaining("2 times");
    }

    @Test
    void rejectsWhatIsNeitherSectionNorKey() {
        assertThatThrownBy(() -> IniFile.parse("[Unit]\njust words\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> IniFile.parse("Key=1\n")).hasMessageContaining("before the first section");
        assertThatThrownBy(() -> IniFile.parse("[Unit\n")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> IniFile.parse("[A]\n[A]\n")).hasMessageContaining("again");
    }
}
