package id.sentra.tkdn.product;

import java.util.List;

/**
 * A member's products with their TKDN, and the contract lines it works on that have no cost structure yet
 * (which the cooperative or the member may start from the template).
 */
public record MemberProducts(long memberId, String memberName, List<ProductFigures> products, List<OpenLine> withoutStructure) {

    public MemberProducts {
        products = List.copyOf(products);
        withoutStructure = List.copyOf(withoutStructure);
    }

    /** A contract line the member has work orders on, with the pieces allocated to it. */
    public record OpenLine(long contractId, int lineNo, String partName, int pieces) {
    }
}
