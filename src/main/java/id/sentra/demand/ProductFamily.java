package id.sentra.demand;

/** What kind of product a contract line is, for the ministry's figures by product family. */
public enum ProductFamily {
    BRAKE_BLOCK, CYLINDER_SLEEVE, PUMP_PART, MANHOLE_COVER_FITTING, STOVE_BURNER, RAILWAY_COMPONENT, VEHICLE_COMPONENT,
    SHIP_COMPONENT, AGRICULTURAL_MACHINERY, OTHER;

    public String messageKey() {
        return "enum.ProductFamily." + name();
    }
}
