package id.sentra.demand;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** A line's specification frozen into a specification change; processes as a comma-separated list. */
record SpecSnapshot(String partName, String buyerPartNumber, String drawingReference, String drawingRevision,
                    String materialGrade, MaterialFamily materialFamily, String processes, BigDecimal unitWeightKg) {

    static SpecSnapshot of(LineSpecification spec) {
        return new SpecSnapshot(spec.partName(), spec.buyerPartNumber(), spec.drawingReference(), spec.drawingRevision(),
                spec.materialGrade(), spec.materialFamily(),
                spec.processes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), spec.unitWeightKg());
    }

    LineSpecification specification() {
        var set = EnumSet.noneOf(Process.class);
        Arrays.stream(processes.split(",")).filter(p -> !p.isBlank()).map(Process::valueOf).forEach(set::add);
        return new LineSpecification(partName, buyerPartNumber, drawingReference, drawingRevision, materialGrade,
                materialFamily, set, unitWeightKg);
    }
}
