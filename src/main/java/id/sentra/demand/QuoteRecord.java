package id.sentra.demand;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A cooperative's quote as stored; its prices per line live beside it in {@link QuotePrice}. */
@Table("contract_quote")
record QuoteRecord(int quoteNo, long cooperativeId, int leadTimeDays, int capacityPerMonth, @Nullable String note,
                   String quotedBy, Instant quotedAt) {
}
