package id.sentra.tkdn.api;

import id.sentra.tkdn.product.CostDraft;

/** Request bodies of the TKDN API. */
final class TkdnRequests {

    private TkdnRequests() {
    }

    /** Start a product's cost structure from the foundry template for a contract line the member works on. */
    record NewProduct(long memberId, long contractId, int lineNo) {
    }

    /** The whole cost structure, replacing the stored one; {@code version} is the one the client read. */
    record Revision(int version, CostDraft structure) {
    }
}
