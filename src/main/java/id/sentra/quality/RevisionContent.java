package id.sentra.quality;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What one revision of a product specification says: the drawing and its revision, the grade by code, an optional
 * EN 124 load class, the measured characteristics, any chemistry limits the drawing adds to the grade, and the
 * ISO 2859-1 inspection level and AQL its lots are sampled by (level II, AQL 1.0 unless the buyer says otherwise).
 */
public record RevisionContent(String drawingReference, String drawingRevision, String gradeCode,
                              @Nullable String loadClass, List<Characteristic> characteristics,
                              List<ChemistryLimit> chemistry, SamplingTerms sampling) {

    public RevisionContent {
        characteristics = List.copyOf(characteristics);
        chemistry = List.copyOf(chemistry);
        // An API client that leaves the terms out gets the standard's default, as the form does.
        sampling = sampling == null ? SamplingTerms.DEFAULT : sampling;
    }

    /** A revision sampled by the default terms, level II at AQL 1.0. */
    public RevisionContent(String drawingReference, String drawingRevision, String gradeCode, @Nullable String loadClass,
                           List<Characteristic> characteristics, List<ChemistryLimit> chemistry) {
        this(drawingReference, drawingRevision, gradeCode, loadClass, characteristics, chemistry, SamplingTerms.DEFAULT);
    }

    public Optional<Characteristic> characteristic(String name) {
        return characteristics.stream().filter(c -> c.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public List<Characteristic> keyCharacteristics() {
        return characteristics.stream().filter(Characteristic::key).toList();
    }
}
