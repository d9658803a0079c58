package cn.liantu.cli;

import java.io.PrintStream;
import java.util.List;

/** A command of the jar: {@code java -jar liantu.jar <name> <arguments>}. */
public interface Command {

    String name();

    /** One line for the usage text. */
    String usage();

    /** Runs with the arguments after the name; returns the process exit code. */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
