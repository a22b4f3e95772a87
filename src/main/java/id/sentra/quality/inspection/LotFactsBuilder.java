package id.sentra.quality.inspection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.MaterialGrade;
import id.sentra.quality.SpecRevision;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.Specifications;
import id.sentra.quality.sampling.SamplingPlan;

/** Reads from the specification library what the rules need for a revision: limits, tensile minima, hardness. */
@Component
class LotFactsBuilder {

    private final Specifications specifications;

    LotFactsBuilder(Specifications specifications) {
        this.specifications = specifications;
    }

    LotFacts facts(LotSubject subject, SpecRevision revision, SamplingPlan plan, @Nullable BigDecimal wallMm,
                   Map<String, List<BigDecimal>> measurements, boolean discontinued) {
        String grade = revision.content().gradeCode();
        boolean tensileRequired = specifications.grade(grade).map(MaterialGrade::mechanical)
                .map(m -> m.tensileMpa().min() != null).orElse(false);
        // A separately cast bar is judged by the grade figure whatever the wall (JIS G5501 Table 1); other bars need the wall.
        LotFacts.TensileLookup tensile = (specimen, wall) -> wall == null && specimen != SpecimenKind.SEPARATELY_CAST
                ? Optional.empty()
                : specifications.tensileMinimum(grade, specimen, wall == null ? BigDecimal.ZERO : wall);
        boolean hardnessOnParts = revision.content().characteristics().stream().anyMatch(c -> c.kind() == CharacteristicKind.HARDNESS);
        var hardness = specifications.hardnessLimits(revision);
        return new LotFacts(subject.heats(), grade, specifications.chemistryLimits(revision), tensileRequired, tensile, wallMm,
                hardness, !hardnessOnParts && hardness.isPresent(), revision.content().characteristics(), measurements, plan,
                discontinued);
    }
}
