package org.primebatch.installer.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primebatch.daemon.Daemon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The WinSW service XML the build generated into target/windows. */
class ServiceXmlTest {
    /** The configuration elements WinSW 2.x reads (its XML is case-sensitive: a misspelt element is ignored). */
    private static final Set<String> WINSW_ELEMENTS = Set.of("id", "name", "description", "executable", "arguments",
            "argument", "startarguments", "startargument", "stopexecutable", "stopargument", "workingdirectory", "env",
            "startmode", "delayedAutoStart", "depend", "logpath", "log", "logmode", "onfailure", "resetfailure",
            "stoptimeout", "stopparentprocessfirst", "serviceaccount", "priority", "interactive", "beeponshutdown",
            "download", "hidewindow", "waithint", "sleeptime", "extensions");
    private static final String BASE = "%BASE%";

    private static String raw;
    private static Element service;

    @BeforeAll
    static void load() throws Exception {
        Path file = GeneratedFiles.file("primebatch-service.xml");
        raw = GeneratedFiles.text("primebatch-service.xml");
        Document document = GeneratedFiles.xml(file);
        service = document.getDocumentElement();
    }

    @Test
    void everyPlaceholderIsFilledAndTheVersionIsTheBuilds() throws Exception {
        assertThat(raw).doesNotContain("${");
        Document pom = GeneratedFiles.xml(Path.of("pom.xml"));
        String version = child(pom.getDocumentElement(), "parent").getElementsByTagName("version").item(0).getTextContent();
        assertThat(text("description")).contains(version);
    }

    @Test
    void onlyElementsWinswKnows() {
        assertThat(service.getTagName()).isEqualTo("service");
        for (Element e : children(service)) {
            assertThat(WINSW_ELEMENTS).as("element <%s>", e.getTagName()).contains(e.getTagName());
        }
    }

    @Test
    void identity() {
        assertThat(text("id")).isEqualTo("primebatch");
        assertThat(text("name")).isNotBlank();
        assertThat(text("description")).isNotBlank();
    }

    @Test
    void runsTheRuntimesJavaBesideTheAppFolder() {
        assertThat(text("executable")).isEqualTo(BASE + "\\..\\runtime\\bin\\java.exe");
    }

    @Test
    void argumentsAreTheDaemonsJvmOptionsThenTheJarTheHomeAndDaemon() {
        List<String> argv = WindowsCommandLine.split(text("arguments"));
        List<String> expected = new ArrayList<>(Daemon.JVM_OPTIONS);
        expected.addAll(List.of("-jar", BASE + "\\primebatch.jar", "--home", home(), "daemon"));
        assertThat(argv).containsExactlyElementsOf(expected);
        assertThat(argv).contains("-Xmx384m");
    }

    @Test
    void everyPathArgumentIsQuotedAndNoQuoteIsEscaped() {
        String arguments = text("arguments");
        for (String arg : WindowsCommandLine.split(arguments)) {
            if (arg.contains("\\")) {
                assertThat(arguments).as("path %s", arg).contains("\"" + arg + "\"");
                assertThat(arg).as("path %s", arg).doesNotEndWith("\\");
            }
        }
        assertThat(arguments).doesNotContain("\\\"");
    }

    @Test
    void homeIsTheSameForTheEnvironmentTheWorkingDirectoryAndTheLogs() {
        assertThat(home()).isEqualTo("%ProgramData%\\Primebatch");
        Map<String, String> env = new LinkedHashMap<>();
        for (Element e : children(service, "env")) {
            env.put(e.getAttribute("name"), e.getAttribute("value"));
        }
        assertThat(env).containsEntry("PRIMEBATCH_HOME", home());
        assertThat(text("workingdirectory")).isEqualTo(home());
        assertThat(text("logpath")).isEqualTo(home() + "\\logs");
    }

    @Test
    void startsAutomaticallyAfterTheOtherServices() {
        assertThat(text("startmode")).isEqualTo("Automatic");
        assertThat(text("delayedAutoStart")).isEqualTo("true");
    }

    @Test
    void restartsOnFailureLaterEachTimeAndForgetsFailuresAfterAWhile() {
        List<Element> actions = children(service, "onfailure");
        assertThat(actions).hasSizeGreaterThanOrEqualTo(3);
        Duration previous = Duration.ZERO;
        for (Element action : actions) {
            assertThat(action.getAttribute("action")).isEqualTo("restart");
            Duration delay = winswDuration(action.getAttribute("delay"));
            assertThat(delay).isGreaterThan(previous);
            previous = delay;
        }
        assertThat(winswDuration(actions.get(0).getAttribute("delay"))).isEqualTo(Duration.ofSeconds(10));
        assertThat(winswDuration(text("resetfailure"))).isGreaterThan(previous);
    }

    @Test
    void stopsGracefullyWithTimeToFinishWriting() {
        // The daemon's result writer is given 60 s to finish when it stops (BatchOutputs.close).
        assertThat(winswDuration(text("stoptimeout"))).isGreaterThan(Duration.ofSeconds(60));
        assertThat(text("stopparentprocessfirst")).isEqualTo("true");
    }

    @Test
    void rollsItsLogsBySize() {
        Element log = child(service, "log");
        assertThat(log.getAttribute("mode")).isEqualTo("roll-by-size");
        assertThat(Integer.parseInt(child(log, "sizeThreshold").getTextContent().trim())).isPositive();
        assertThat(Integer.parseInt(child(log, "keepFiles").getTextContent().trim())).isGreaterThan(1);
    }

    @Test
    void runsAsLocalSystemUntilTheInstallerSaysOtherwise() {
        Element account = child(service, "serviceaccount");
        assertThat(child(account, "user").getTextContent()).isEqualTo("LocalSystem");
        assertThat(account.getElementsByTagName("password").getLength()).isZero();
    }

    @Test
    void winswDurationsFollowItsSuffixes() {
        assertThat(winswDuration("10 sec")).isEqualTo(Duration.ofSeconds(10));
        assertThat(winswDuration("2 min")).isEqualTo(Duration.ofMinutes(2));
        assertThat(winswDuration("1 hour")).isEqualTo(Duration.ofHours(1));
        assertThat(winswDuration("1500")).isEqualTo(Duration.ofMillis(1500));
    }

    private static String home() {
        List<String> argv = WindowsCommandLine.split(text("arguments"));
        return argv.get(argv.indexOf("--home") + 1);
    }

    /** A duration as WinSW 2.x reads it: a number and a suffix (ms, sec, min, hour, day…), milliseconds without one. */
    static Duration winswDuration(String value) {
        String v = value.trim();
        Map<String, Long> suffixes = new LinkedHashMap<>();
        suffixes.put("ms", 1L);
        suffixes.put("sec", 1000L);
        suffixes.put("secs", 1000L);
        suffixes.put("min", 60_000L);
        suffixes.put("mins", 60_000L);
        suffixes.put("hr", 3_600_000L);
        suffixes.put("hrs", 3_600_000L);
        suffixes.put("hour", 3_600_000L);
        suffixes.put("hours", 3_600_000L);
        suffixes.put("day", 86_400_000L);
        suffixes.put("days", 86_400_000L);
        for (Map.Entry<String, Long> s : suffixes.entrySet()) {
            if (v.endsWith(s.getKey())) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - s.getKey().length()).trim()) * s.getValue());
            }
        }
        return Duration.ofMillis(Long.parseLong(v));
    }

    private static String text(String name) {
        return child(service, name).getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }
}
