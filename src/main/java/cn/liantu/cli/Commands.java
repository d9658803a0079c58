package cn.liantu.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The jar's commands, by name. */
public final class Commands {

    private static final List<Command> ALL = List.of(new ImportCommand(), new ExportCommand(),
            new BackupCommand(), new RestoreCommand(), new GenerateCommand(), new TokenCommand(), new HelpCommand());

    private static final Map<String, Command> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(Command::name, Function.identity()));

    private Commands() {
    }

    public static boolean isCommand(String argument) {
        return BY_NAME.containsKey(argument) || "--help".equals(argument) || "-h".equals(argument);
    }

    public static int run(String[] args) {
        Command command = BY_NAME.getOrDefault(args[0], BY_NAME.get("help"));
        try {
            return command.run(Arrays.asList(args).subList(1, args.length), System.out, System.err);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar liantu.jar " + command.usage());
            return 2;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    static List<Command> all() {
        return ALL;
    }

    /** Wrong arguments: the message says what is wrong, the usage line follows. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    private static final class HelpCommand implements Command {
        @Override
        public String name() {
            return "help";
        }

        @Override
        public String usage() {
            return "help";
        }

        @Override
        public int run(List<String> arguments, java.io.PrintStream out, java.io.PrintStream err) {
            out.println("LianTu 链图. Without arguments: the server. Commands:");
            for (Command command : ALL) {
                out.println("  java -jar liantu.jar " + command.usage());
            }
            return 0;
        }
    }
}
