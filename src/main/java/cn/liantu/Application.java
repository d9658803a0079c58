package cn.liantu;

import cn.liantu.cli.Commands;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the LianTu server, or runs a command named by the first argument
 * ({@code java -jar liantu.jar import DIR}, see {@link Commands}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args));
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
