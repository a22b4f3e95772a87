package id.sentra.demand;

import org.springframework.data.relational.core.mapping.Table;

/** The unit price one quote asks for one line. */
@Table("contract_quote_price")
record QuotePrice(int quoteNo, int lineNo, long unitPrice) {
}
