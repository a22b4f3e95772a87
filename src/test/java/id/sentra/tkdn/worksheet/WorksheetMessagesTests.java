package id.sentra.tkdn.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every worksheet label exists in Indonesian and in English. */
class WorksheetMessagesTests {

    @Test
    void theIndonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties indonesian = load("/messages-tkdn-worksheet.properties");
        Properties english = load("/messages-tkdn-worksheet_en.properties");

        assertThat(indonesian).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(indonesian.keySet());
    }

    private static Properties load(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = WorksheetMessagesTests.class.getResourceAsStream(bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
