package id.sentra.registry;

/** Machines that decide what a member can make; a furnace also carries its size and heats per day. */
public enum EquipmentKind {
    FURNACE, SPECTROMETER, MOULDING_LINE, CORE_MAKING, CNC_MILLING, LATHE;

    public String messageKey() {
        return "enum.EquipmentKind." + name();
    }
}
