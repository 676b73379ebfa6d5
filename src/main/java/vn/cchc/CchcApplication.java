package vn.cchc;

import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.cchc.cli.CliCommands;

/**
 * Entry point. A first argument naming a command-line tool ({@code deadlines}, {@code calendar}, {@code import})
 * runs that tool without starting Spring, the web server or the engine; {@code --help} or an unknown word prints
 * the usage and exits non-zero; no argument (or only Spring Boot {@code --name=value} options) starts the server.
 */
@SpringBootApplication
public class CchcApplication {

    public static void main(String[] args) {
        OptionalInt exit = CliCommands.runIfCommand(args, System.in, System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        SpringApplication.run(CchcApplication.class, args);
    }
}
