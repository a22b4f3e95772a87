package id.sentra.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;

/** A state-owned enterprise or large manufacturer that buys from the clusters, with its plants and contacts. */
@Table("buyer")
public class Buyer implements Audited {

    private @Id @Nullable Long id;
    private String name;
    private BuyerKind kind;
    private String sector;
    private boolean active = true;
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;
    @MappedCollection(idColumn = "buyer_id", keyColumn = "buyer_key")
    private List<Plant> plants = new ArrayList<>();
    @MappedCollection(idColumn = "buyer_id", keyColumn = "buyer_key")
    private List<Contact> contacts = new ArrayList<>();

    public Buyer(String name, BuyerKind kind, String sector) {
        this.name = name;
        this.kind = kind;
        this.sector = sector;
    }

    public static Buyer of(String name, BuyerKind kind, String sector, List<Plant> plants, List<Contact> contacts) {
        var buyer = new Buyer(name, kind, sector);
        buyer.plants = new ArrayList<>(plants);
        buyer.contacts = new ArrayList<>(contacts);
        return buyer;
    }

    void revise(String newName, BuyerKind newKind, String newSector, List<Plant> newPlants, List<Contact> newContacts,
                int expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
        name = newName;
        kind = newKind;
        sector = newSector;
        plants = new ArrayList<>(newPlants);
        contacts = new ArrayList<>(newContacts);
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String auditType() {
        return "buyer";
    }

    public String name() {
        return name;
    }

    public BuyerKind kind() {
        return kind;
    }

    public String sector() {
        return sector;
    }

    public boolean active() {
        return active;
    }

    public int version() {
        return version;
    }

    public List<Plant> plants() {
        return List.copyOf(plants);
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }
}
