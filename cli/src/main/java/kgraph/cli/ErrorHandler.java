package kgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import kgraph.importer.BadInputException;
import kgraph.queries.FunctionNotFoundException;
import kgraph.queries.api.KgraphDatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints one "kgraph: error: ..." line and picks the exit code; the stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("kgraph: error: " + message(e));
        if (KgraphCommand.root(commandLine.getCommandSpec()).verbose()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return exitCode(e);
    }

    static int exitCode(Throwable e) {
        if (e instanceof KgraphException k) {
            return k.exitCode();
        }
        if (e instanceof KgraphDatabaseException) {
            return ExitCodes.DATABASE;
        }
        if (e instanceof FunctionNotFoundException) {
            return ExitCodes.NOT_FOUND;
        }
        if (e instanceof BadInputException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.SOFTWARE;
    }

    private static String message(Throwable e) {
        if (e.getMessage() != null && (e instanceof RuntimeException)) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
