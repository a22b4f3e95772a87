package id.sentra.demand.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.QuoteDetails;
import id.sentra.demand.Rupiah;

/** What the quote form posts: a unit price per line, lead time, monthly capacity, a note. */
public class QuoteForm {

    private int version;
    private List<@Nullable Long> unitPrices = new ArrayList<>();
    private @Nullable Integer leadTimeDays;
    private @Nullable Integer capacityPerMonth;
    private @Nullable String note;

    QuoteDetails toDetails() {
        var prices = unitPrices.stream().map(p -> p == null || p < 0 ? Rupiah.ZERO : Rupiah.of(p)).toList();
        return new QuoteDetails(prices, leadTimeDays == null ? 0 : leadTimeDays, capacityPerMonth == null ? 0 : capacityPerMonth,
                note == null || note.isBlank() ? null : note.trim());
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public List<@Nullable Long> getUnitPrices() { return unitPrices; }
    public void setUnitPrices(List<@Nullable Long> unitPrices) { this.unitPrices = unitPrices; }
    public @Nullable Integer getLeadTimeDays() { return leadTimeDays; }
    public void setLeadTimeDays(@Nullable Integer leadTimeDays) { this.leadTimeDays = leadTimeDays; }
    public @Nullable Integer getCapacityPerMonth() { return capacityPerMonth; }
    public void setCapacityPerMonth(@Nullable Integer capacityPerMonth) { this.capacityPerMonth = capacityPerMonth; }
    public @Nullable String getNote() { return note; }
    public void setNote(@Nullable String note) { this.note = note; }
}
