package id.sentra.matching.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import id.sentra.registry.MaterialFamily;

/** The round form: when and where, slots and rooms, and for each invited buyer the material it sources. */
public class RoundForm {

    private String name = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate heldOn;
    private @Nullable String venue;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime firstSlot = LocalTime.of(9, 0);
    private int slotMinutes = 20;
    private int slotCount = 8;
    private String rooms = "Meja 1, Meja 2, Meja 3, Meja 4";
    /** Buyer id to the material family it comes to source; a blank choice means not invited. */
    private Map<Long, @Nullable MaterialFamily> buyerMaterial = new java.util.HashMap<>();

    List<String> roomList() {
        return new ArrayList<>(Arrays.stream(rooms.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(@Nullable LocalDate heldOn) { this.heldOn = heldOn; }
    public @Nullable String getVenue() { return venue; }
    public void setVenue(@Nullable String venue) { this.venue = venue; }
    public LocalTime getFirstSlot() { return firstSlot; }
    public void setFirstSlot(LocalTime firstSlot) { this.firstSlot = firstSlot; }
    public int getSlotMinutes() { return slotMinutes; }
    public void setSlotMinutes(int slotMinutes) { this.slotMinutes = slotMinutes; }
    public int getSlotCount() { return slotCount; }
    public void setSlotCount(int slotCount) { this.slotCount = slotCount; }
    public String getRooms() { return rooms; }
    public void setRooms(String rooms) { this.rooms = rooms; }
    public Map<Long, @Nullable MaterialFamily> getBuyerMaterial() { return buyerMaterial; }
    public void setBuyerMaterial(Map<Long, @Nullable MaterialFamily> buyerMaterial) { this.buyerMaterial = buyerMaterial; }
}
