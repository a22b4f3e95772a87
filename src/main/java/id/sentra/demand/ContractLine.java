package id.sentra.demand;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** One product of a contract as stored, with its family and prior source; its processes live beside it in {@link LineProcess}. */
@Table("contract_line")
record ContractLine(int lineNo, String partName, String buyerPartNumber, String drawingReference, String drawingRevision,
                    String materialGrade, MaterialFamily materialFamily, BigDecimal unitWeightKg, @Nullable Long unitPrice,
                    ProductFamily productFamily, PriorSource priorSource, @Nullable String priorCountry) {

    static ContractLine of(int lineNo, LineSpecification spec, @Nullable Rupiah price, ProductOrigin origin) {
        return new ContractLine(lineNo, spec.partName(), spec.buyerPartNumber(), spec.drawingReference(),
                spec.drawingRevision(), spec.materialGrade(), spec.materialFamily(), spec.unitWeightKg(),
                price == null ? null : price.amount(), origin.productFamily(), origin.priorSource(), origin.importedFrom());
    }

    LineSpecification specification(Set<Process> processes) {
        return new LineSpecification(partName, buyerPartNumber, drawingReference, drawingRevision, materialGrade,
                materialFamily, processes, unitWeightKg);
    }

    ProductOrigin origin() {
        return new ProductOrigin(productFamily, priorSource, priorCountry);
    }

    ContractLine withSpecification(LineSpecification spec) {
        return of(lineNo, spec, price(), origin());
    }

    ContractLine withPrice(Rupiah price) {
        return of(lineNo, specification(Set.of()), price, origin());
    }

    ContractLine withOrigin(ProductOrigin origin) {
        return of(lineNo, specification(Set.of()), price(), origin);
    }

    @Nullable Rupiah price() {
        return unitPrice == null ? null : new Rupiah(unitPrice);
    }
}
