package id.sentra.tkdn;

/** The three cost components of goods TKDN (Permenperin 35/2025 Lampiran I; Permenperin 16/2011 Pasal 3). */
public enum CostCategory {
    DIRECT_MATERIAL, DIRECT_LABOUR, FACTORY_OVERHEAD;

    public String messageKey() {
        return "enum.CostCategory." + name();
    }
}
