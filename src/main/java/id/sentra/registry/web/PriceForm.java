package id.sentra.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberPrice;
import id.sentra.registry.MemberPrices.PriceChange;

/** What the price page posts: per material the price shown when the page opened and the new one. */
public class PriceForm {

    private List<Row> prices = new ArrayList<>();

    static PriceForm from(List<MemberPrice> current) {
        var form = new PriceForm();
        current.forEach(p -> form.prices.add(new Row(p.material(), p.rupiahPerKg(), p.rupiahPerKg())));
        return form;
    }

    /** The rows whose price was changed; an emptied field keeps the old price. */
    List<PriceChange> changes() {
        return prices.stream()
                .filter(r -> r.material != null && r.rupiahPerKg != null && !r.rupiahPerKg.equals(r.previous))
                .map(r -> new PriceChange(r.material, r.previous, r.rupiahPerKg))
                .toList();
    }

    public List<Row> getPrices() { return prices; }
    public void setPrices(List<Row> prices) { this.prices = prices; }

    /** One material's price row. */
    public static class Row {
        private @Nullable MaterialFamily material;
        private @Nullable Long previous;
        private @Nullable Long rupiahPerKg;

        public Row() {
        }

        Row(MaterialFamily material, @Nullable Long previous, @Nullable Long rupiahPerKg) {
            this.material = material;
            this.previous = previous;
            this.rupiahPerKg = rupiahPerKg;
        }

        public @Nullable MaterialFamily getMaterial() { return material; }
        public void setMaterial(@Nullable MaterialFamily material) { this.material = material; }
        public @Nullable Long getPrevious() { return previous; }
        public void setPrevious(@Nullable Long previous) { this.previous = previous; }
        public @Nullable Long getRupiahPerKg() { return rupiahPerKg; }
        public void setRupiahPerKg(@Nullable Long rupiahPerKg) { this.rupiahPerKg = rupiahPerKg; }
    }
}
