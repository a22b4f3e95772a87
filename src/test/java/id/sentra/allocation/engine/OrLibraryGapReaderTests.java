package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrLibraryGapReaderTests {

    @Test
    void readsEveryProblemOfAFileWithItsDimensions() throws IOException {
        List<GapProblem> problems = GapFiles.read("gapd.txt");

        assertThat(problems).hasSize(6);
        assertThat(problems).extracting(GapProblem::agents).containsExactly(5, 5, 10, 10, 20, 20);
        assertThat(problems).extracting(GapProblem::jobs).containsExactly(100, 200, 100, 200, 100, 200);
    }

    @Test
    void readsCostsSizesAndCapacitiesInOrLibraryOrder(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("tiny.txt");
        Files.writeString(file, "1\n2 3\n1 2 3\n4 5 6\n7 8 9 10 11\n12\n13 14\n");

        GapProblem problem = OrLibraryGapReader.read(file).getFirst();

        assertThat(problem.cost(0, 2)).isEqualTo(3);
        assertThat(problem.cost(1, 0)).isEqualTo(4);
        assertThat(problem.size(0, 0)).isEqualTo(7);
        assertThat(problem.size(1, 2)).isEqualTo(12);
        assertThat(problem.capacity(0)).isEqualTo(13);
        assertThat(problem.capacity(1)).isEqualTo(14);
    }

    @Test
    void refusesAFileThatEndsEarly(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("short.txt");
        Files.writeString(file, "1\n2 3\n1 2 3\n");

        assertThatThrownBy(() -> OrLibraryGapReader.read(file)).hasMessageContaining("ends early");
    }
}
