package org.primebatch.bench;

import java.util.List;
import org.primebatch.client.Home;

/** How a daemon for a home is started: the command line of its process, given the daemon's own arguments. */
@FunctionalInterface
public interface DaemonLauncher {
    List<String> command(Home home, List<String> daemonArgs);
}
