package id.sentra.quality;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What one revision of a product specification says: the drawing and its revision, the grade by code, an optional
 * EN 124 load class, the measured characteristics and any chemistry limits the drawing adds to the grade.
 */
public record RevisionContent(String drawingReference, String drawingRevision, String gradeCode,
                              @Nullable String loadClass, List<Characteristic> characteristics,
                              List<ChemistryLimit> chemistry) {

    public RevisionContent {
        characteristics = List.copyOf(characteristics);
        chemistry = List.copyOf(chemistry);
    }

    public Optional<Characteristic> characteristic(String name) {
        return characteristics.stream().filter(c -> c.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public List<Characteristic> keyCharacteristics() {
        return characteristics.stream().filter(Characteristic::key).toList();
    }
}
