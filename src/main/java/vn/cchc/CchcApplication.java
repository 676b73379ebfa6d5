package vn.cchc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.cchc.cli.CliCommands;

/**
 * Entry point. A first argument naming a command-line tool ({@code deadlines}, {@code calendar}, {@code import})
 * runs that tool without starting Spring, the web server or the engine; anything else starts the server.
 */
@SpringBootApplication
public class CchcApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CliCommands.isCommand(args[0])) {
            System.exit(CliCommands.run(args));
        }
        SpringApplication.run(CchcApplication.class, args);
    }
}
