package id.sentra.allocation.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

/**
 * Reads Beasley's OR-Library GAP files: the problem count, then per problem m, n, the costs, the sizes
 * (both agent-major) and the capacities; line breaks carry no meaning.
 */
public final class OrLibraryGapReader {

    private OrLibraryGapReader() {
    }

    public static List<GapProblem> read(Path file) throws IOException {
        try (Scanner tokens = new Scanner(Files.newBufferedReader(file))) {
            int count = next(tokens, file);
            List<GapProblem> problems = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                problems.add(readOne(tokens, file));
            }
            return problems;
        }
    }

    private static GapProblem readOne(Scanner tokens, Path file) {
        int agents = next(tokens, file);
        int jobs = next(tokens, file);
        long[][] cost = matrix(tokens, file, agents, jobs);
        long[][] size = matrix(tokens, file, agents, jobs);
        long[] capacity = new long[agents];
        for (int i = 0; i < agents; i++) {
            capacity[i] = next(tokens, file);
        }
        return GapProblem.of(cost, size, capacity);
    }

    private static long[][] matrix(Scanner tokens, Path file, int rows, int columns) {
        long[][] values = new long[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                values[i][j] = next(tokens, file);
            }
        }
        return values;
    }

    private static int next(Scanner tokens, Path file) {
        if (!tokens.hasNextInt()) {
            throw new IllegalArgumentException(file + " ends early or holds a token that is not an integer");
        }
        return tokens.nextInt();
    }
}
