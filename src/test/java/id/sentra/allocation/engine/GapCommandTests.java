package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class GapCommandTests {

    @Test
    void printsOneCsvLinePerProblemAfterTheHeader() throws IOException {
        StringWriter text = new StringWriter();
        GapOptions options = GapOptions.parse(new String[] {"--seconds", "10", GapFiles.FOLDER.resolve("gap1.txt").toString()});

        new GapCommand(options, new PrintWriter(text, true)).run();

        String[] lines = text.toString().split("\\R");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).isEqualTo("file,index,agents,jobs,objective,bound,seconds,status");
        assertThat(lines[1]).startsWith("gap1.txt,1,5,15,261,261,").endsWith(",OPTIMAL");
    }
}
