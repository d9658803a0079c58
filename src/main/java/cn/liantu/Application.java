package cn.liantu;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the LianTu server. Later commands (import, generate, token, export) are dispatched from
 * here by their first argument.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
