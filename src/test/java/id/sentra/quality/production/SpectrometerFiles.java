package id.sentra.quality.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.sentra.quality.Element;

/** The spectrometer exports in test resources and the mapping that reads them (semicolons, decimal comma). */
final class SpectrometerFiles {

    private SpectrometerFiles() {
    }

    static String text(String name) {
        try (var in = SpectrometerFiles.class.getResourceAsStream("/spectrometer/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MappingDraft mapping(String instrument) {
        return new MappingDraft(instrument, ";", true, "Sample Name", "Date", "dd/MM/yyyy",
                Map.of(Element.C, "C %", Element.SI, "Si %", Element.MN, "Mn %", Element.P, "P %", Element.S, "S %",
                        Element.CR, "Cr %", Element.CU, "Cu %"));
    }
}
