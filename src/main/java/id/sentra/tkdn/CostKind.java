package id.sentra.tkdn;

/** What a cost line is, in a foundry's words; each kind belongs to one TKDN cost category. */
public enum CostKind {
    SCRAP(CostCategory.DIRECT_MATERIAL),
    PIG_IRON(CostCategory.DIRECT_MATERIAL),
    FERRO_ALLOY(CostCategory.DIRECT_MATERIAL),
    RESIN(CostCategory.DIRECT_MATERIAL),
    FIBRE(CostCategory.DIRECT_MATERIAL),
    SAND(CostCategory.DIRECT_MATERIAL),
    BINDER(CostCategory.DIRECT_MATERIAL),
    COATING(CostCategory.DIRECT_MATERIAL),
    BOUGHT_IN_PART(CostCategory.DIRECT_MATERIAL),
    OTHER_MATERIAL(CostCategory.DIRECT_MATERIAL),
    DIRECT_LABOUR(CostCategory.DIRECT_LABOUR),
    MACHINE_DEPRECIATION(CostCategory.FACTORY_OVERHEAD),
    TOOL_DEPRECIATION(CostCategory.FACTORY_OVERHEAD),
    ENERGY(CostCategory.FACTORY_OVERHEAD),
    OTHER_OVERHEAD(CostCategory.FACTORY_OVERHEAD);

    private final CostCategory category;

    CostKind(CostCategory category) {
        this.category = category;
    }

    public CostCategory category() {
        return category;
    }

    public String messageKey() {
        return "enum.CostKind." + name();
    }
}
