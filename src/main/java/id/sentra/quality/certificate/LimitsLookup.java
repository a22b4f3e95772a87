package id.sentra.quality.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.sentra.quality.Element;
import id.sentra.quality.Limits;
import id.sentra.quality.MaterialGrade;
import id.sentra.quality.ProductSpecification;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.Specifications;
import id.sentra.quality.TensileMinimum;

/**
 * Finds the limits a lot was judged against: the buyer's product specification for the part, in the revision in
 * force on the day the lot was made; without one, the grade from the library (its binding chemistry and tensile).
 */
@Component
class LimitsLookup {

    private final Specifications specifications;

    LimitsLookup(Specifications specifications) {
        this.specifications = specifications;
    }

    JudgedAgainst forLot(long cooperativeId, long buyerId, @Nullable String partNumber, String fallbackGrade, LocalDate madeOn) {
        var revision = partNumber == null ? Optional.<ProductSpecification>empty()
                : specifications.specificationForPart(cooperativeId, buyerId, partNumber);
        var inForce = revision.flatMap(spec -> spec.inForceOn(madeOn).map(rev -> Map.entry(spec, rev)));
        if (inForce.isPresent()) {
            var spec = inForce.get().getKey();
            var rev = inForce.get().getValue();
            String grade = rev.content().gradeCode();
            return new JudgedAgainst(grade, spec.partNumber() + " rev. " + rev.revisionNo() + " (" + rev.effectiveFrom() + ")",
                    specifications.chemistryLimits(rev), tensile(grade),
                    specifications.hardnessLimits(rev).orElse(Limits.NONE));
        }
        var grade = specifications.grade(fallbackGrade);
        var chemistry = new EnumMap<Element, Limits>(Element.class);
        grade.ifPresent(g -> g.bindingChemistry().forEach(c -> chemistry.merge(c.element(), c.percent(), Limits::intersect)));
        return new JudgedAgainst(fallbackGrade, grade.map(MaterialGrade::standard).orElse("–"), Map.copyOf(chemistry),
                tensile(fallbackGrade), Limits.NONE);
    }

    /**
     * The tensile minimum for a heat's specimen and the casting's governing wall (JIS G5501 / EN 1561 rows), as the
     * disposition judged it; empty where the library has none or the wall it needs is unknown.
     */
    Optional<TensileMinimum> tensileMinimum(String gradeCode, @Nullable SpecimenKind specimen, @Nullable BigDecimal wallMm) {
        if (specimen == null || wallMm == null && specimen != SpecimenKind.SEPARATELY_CAST) {
            return Optional.empty();
        }
        return specifications.tensileMinimum(gradeCode, specimen, wallMm == null ? BigDecimal.ZERO : wallMm);
    }

    /** The grade's tensile requirement, for a heat whose specimen or wall gives no row. */
    private Limits tensile(String gradeCode) {
        return specifications.grade(gradeCode).map(g -> g.mechanical().tensileMpa()).orElse(Limits.NONE);
    }
}
