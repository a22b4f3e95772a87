package id.sentra.demand;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** One product of a contract as stored; its processes live beside it in {@link LineProcess}. */
@Table("contract_line")
record ContractLine(int lineNo, String partName, String buyerPartNumber, String drawingReference, String drawingRevision,
                    String materialGrade, MaterialFamily materialFamily, BigDecimal unitWeightKg, @Nullable Long unitPrice) {

    static ContractLine of(int lineNo, LineSpecification spec, @Nullable Rupiah price) {
        return new ContractLine(lineNo, spec.partName(), spec.buyerPartNumber(), spec.drawingReference(),
                spec.drawingRevision(), spec.materialGrade(), spec.materialFamily(), spec.unitWeightKg(),
                price == null ? null : price.amount());
    }

    LineSpecification specification(Set<Process> processes) {
        return new LineSpecification(partName, buyerPartNumber, drawingReference, drawingRevision, materialGrade,
                materialFamily, processes, unitWeightKg);
    }

    ContractLine withSpecification(LineSpecification spec) {
        return of(lineNo, spec, price());
    }

    ContractLine withPrice(Rupiah price) {
        return new ContractLine(lineNo, partName, buyerPartNumber, drawingReference, drawingRevision, materialGrade,
                materialFamily, unitWeightKg, price.amount());
    }

    @Nullable Rupiah price() {
        return unitPrice == null ? null : new Rupiah(unitPrice);
    }
}
