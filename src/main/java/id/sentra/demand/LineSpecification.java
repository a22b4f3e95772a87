package id.sentra.demand;

import java.math.BigDecimal;
import java.util.Set;

import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * What one contract line asks for: the buyer's part and drawing, the material grade as written on the
 * drawing (free text: "FC250", "FCD450", "besi fosfor (blok rem)"), its family for matchmaking, the
 * processes it needs and the weight of one casting.
 */
public record LineSpecification(
        String partName,
        String buyerPartNumber,
        String drawingReference,
        String drawingRevision,
        String materialGrade,
        MaterialFamily materialFamily,
        Set<Process> processes,
        BigDecimal unitWeightKg) {

    public LineSpecification {
        processes = Set.copyOf(processes);
    }

    /** A change the foundry has to re-plan for: another material, grade, drawing or revision, other processes. */
    public boolean differsForProduction(LineSpecification other) {
        return materialFamily != other.materialFamily
                || !materialGrade.equals(other.materialGrade)
                || !drawingReference.equals(other.drawingReference)
                || !drawingRevision.equals(other.drawingRevision)
                || !processes.equals(other.processes)
                || unitWeightKg.compareTo(other.unitWeightKg) != 0;
    }
}
