package id.sentra.demand.web;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.ContractFilter;
import id.sentra.demand.ContractStatus;

/** The contract-list filters as request parameters, shared by the page and the API. */
public record ContractQuery(@Nullable ContractStatus status, @Nullable Long buyerId, @Nullable Boolean warnings,
                            @Nullable Integer page, @Nullable Integer size) {

    public ContractFilter toFilter() {
        return new ContractFilter(status, buyerId, Boolean.TRUE.equals(warnings));
    }

    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    public int sizeOr(int fallback) {
        return size == null ? fallback : size;
    }
}
