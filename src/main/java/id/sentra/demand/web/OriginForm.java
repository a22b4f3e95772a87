package id.sentra.demand.web;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.PriorSource;
import id.sentra.demand.ProductFamily;
import id.sentra.demand.ProductOrigin;

/** What the prior-source form posts for one line: family, prior source, country of import, and the version read. */
public class OriginForm {

    private int version;
    private @Nullable ProductFamily productFamily;
    private @Nullable PriorSource priorSource;
    private String priorCountry = "";

    static OriginForm from(ProductOrigin origin, int version) {
        var form = new OriginForm();
        form.version = version;
        form.productFamily = origin.productFamily();
        form.priorSource = origin.priorSource();
        form.priorCountry = origin.importedFrom() == null ? "" : origin.importedFrom();
        return form;
    }

    ProductOrigin toOrigin() {
        return new ProductOrigin(productFamily, priorSource, priorCountry);
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public @Nullable ProductFamily getProductFamily() { return productFamily; }
    public void setProductFamily(@Nullable ProductFamily productFamily) { this.productFamily = productFamily; }
    public @Nullable PriorSource getPriorSource() { return priorSource; }
    public void setPriorSource(@Nullable PriorSource priorSource) { this.priorSource = priorSource; }
    public String getPriorCountry() { return priorCountry; }
    public void setPriorCountry(@Nullable String priorCountry) { this.priorCountry = priorCountry == null ? "" : priorCountry; }
}
