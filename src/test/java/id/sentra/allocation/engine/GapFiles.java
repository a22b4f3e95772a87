package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shared benchmark files, which CI places beside the project as {@code ../shared}. */
final class GapFiles {

    static final Path FOLDER = Path.of("..", "shared", "data", "gap");

    private GapFiles() {
    }

    static List<GapProblem> read(String name) throws IOException {
        Path file = FOLDER.resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("GAP benchmark file " + file.toAbsolutePath().normalize()
                    + " is missing: the shared data folder must lie beside the project (../shared/data/gap)");
        }
        return OrLibraryGapReader.read(file);
    }
}
