package org.primebatch.cli;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.api.DesignationNames;
import picocli.CommandLine.Option;

/** {@code --input} and {@code --output}: definitions designated by variable name, for the commands that read a worksheet. */
final class DesignateOptions {
    @Option(names = "--input", split = ",", paramLabel = "NAME", description = "designate these definitions as inputs by their variable "
            + "name (a subscript as W_P), beside those the worksheet designates; the worksheet file is never changed")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", split = ",", paramLabel = "NAME", description = "designate the evaluations (NAME =) of these "
            + "variables as outputs by name")
    List<String> outputs = new ArrayList<>();

    DesignationNames names() {
        return DesignationNames.of(inputs, outputs);
    }
}
