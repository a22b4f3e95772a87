package id.sentra.quality.certificate;

import java.util.Map;
import java.util.Optional;

import id.sentra.quality.Element;
import id.sentra.quality.Limits;

/**
 * The limits a certificate prints beside the results: the specification revision in force when the lot was
 * made (chemistry from grade and drawing together, hardness, tensile), or the grade's alone without one.
 */
record JudgedAgainst(String grade, String revision, Map<Element, Limits> chemistry, Limits tensileMpa, Limits hardnessHb) {

    Limits chemistry(Element element) {
        return Optional.ofNullable(chemistry.get(element)).orElse(Limits.NONE);
    }
}
