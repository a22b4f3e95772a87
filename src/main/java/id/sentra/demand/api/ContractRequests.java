package id.sentra.demand.api;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.ContractStatus;
import id.sentra.demand.LineSpecification;
import id.sentra.demand.ProductOrigin;
import id.sentra.demand.RfqDetails;
import id.sentra.demand.Rupiah;

/** The bodies the contracts API accepts; each change carries the version the caller read. */
final class ContractRequests {

    private ContractRequests() {
    }

    record Revision(int version, RfqDetails details) {
    }

    record Publish(int version) {
    }

    record Quote(int version, List<Rupiah> unitPrices, int leadTimeDays, int capacityPerMonth, @Nullable String note) {
    }

    record Award(int version, int quoteNo) {
    }

    record CallOff(int version, int lineNo, @Nullable YearMonth period, int quantity, @Nullable String reference) {
    }

    record SpecificationChange(int version, @Nullable LineSpecification specification, @Nullable String reason) {
    }

    /** A step along the life cycle that needs no other input: start production, close, cancel (with a reason). */
    record Transition(int version, @Nullable ContractStatus to, @Nullable String note) {
    }

    record Acknowledge(int version) {
    }

    /** A line's product family and prior source (IMPORTED with an optional ISO 3166-1 alpha-2 country). */
    record Origin(int version, @Nullable ProductOrigin origin) {
    }
}
