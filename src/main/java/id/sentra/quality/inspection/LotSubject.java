package id.sentra.quality.inspection;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import id.sentra.allocation.WorkOrder;
import id.sentra.demand.ContractPart;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.LotRecord;
import id.sentra.quality.ProductSpecification;
import id.sentra.quality.SamplingTerms;
import id.sentra.quality.SpecRevision;

/**
 * A lot with what it is judged against: its work order, the contract part it makes, the part's specification and
 * the revision in force on the day it was made, and its heats.
 */
record LotSubject(LotRecord lot, WorkOrder order, @Nullable ContractPart part, Optional<ProductSpecification> spec,
                  Optional<SpecRevision> revision, List<HeatRecord> heats) {

    /** As printed on the page and the certificate: part, drawing and revision, and the revision's number. */
    String revisionLabel() {
        return revision.map(r -> spec.map(ProductSpecification::partNumber).orElse("") + " · "
                + r.content().drawingReference() + " " + r.content().drawingRevision() + " (rev. " + r.revisionNo() + ")")
                .orElse("–");
    }

    /** The inspection level and AQL of the revision in force; the standard's default without one. */
    SamplingTerms sampling() {
        return revision.map(r -> r.content().sampling()).orElse(SamplingTerms.DEFAULT);
    }

    @Nullable Long specId() {
        return spec.map(ProductSpecification::id).orElse(null);
    }
}
