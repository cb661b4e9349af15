package org.primebatch.engine.mathcad;

import java.nio.file.Files;
import java.util.Comparator;
import java.util.Optional;
import org.primebatch.engine.Engine.Availability;
import org.primebatch.engine.mathcad.com.PrimeConnector;

/**
 * Whether Mathcad Prime can be driven on this machine, and which version is installed, found without loading the
 * JACOB DLL or starting Mathcad: Windows, the ProgID in the registry, the JACOB DLL at its expected path.
 */
record MathcadInstallation(Availability availability, String version) {
    static final String NOT_INSTALLED = "not installed";
    static final String PTC_KEY = "HKLM\\SOFTWARE\\PTC\\Mathcad Prime";
    static final String PROG_ID_KEY = "HKCR\\" + PrimeConnector.PROG_ID;

    static MathcadInstallation probe(MathcadConfig config) {
        return probe(config, System.getProperty("os.name", "unknown"), new RegQuery());
    }

    static MathcadInstallation probe(MathcadConfig config, String osName, RegistryReader registry) {
        if (!osName.toLowerCase().startsWith("windows")) {
            return new MathcadInstallation(Availability.no("Mathcad Prime runs on Windows only; this system is " + osName), NOT_INSTALLED);
        }
        Optional<PrimeVersion> installed = registry.subkeys(PTC_KEY).stream()
                .map(key -> PrimeVersion.parse(key.substring(key.lastIndexOf('\\') + 1)))
                .filter(v -> v.major() > 0)
                .max(Comparator.comparingInt(PrimeVersion::major).thenComparingInt(PrimeVersion::minor));
        String version = installed.map(PrimeVersion::text).orElse(NOT_INSTALLED);
        if (!registry.has(PROG_ID_KEY)) {
            return new MathcadInstallation(Availability.no("Mathcad Prime is not installed or registered: " + PrimeConnector.PROG_ID
                    + " is not in the registry"), version);
        }
        if (!Files.isRegularFile(config.jacobDll())) {
            return new MathcadInstallation(Availability.no("the JACOB DLL was not found: expected " + config.jacobDll()
                    + " (the x64 DLL of the jacob-project " + MathcadConfig.JACOB_VERSION + " release; put it beside the primebatch jar or set "
                    + MathcadConfig.JACOB_DLL_PROPERTY + ")"), version);
        }
        return new MathcadInstallation(Availability.YES, installed.isPresent() ? version : "installed, version unknown");
    }
}
