package id.sentra.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.audit.Audited;

/** A koperasi that groups member IKM of a cluster and contracts with buyers on their behalf; the tenant of its data. */
@Table("cooperative")
public class Cooperative implements Audited {

    private @Id @Nullable Long id;
    private String name;
    private long clusterId;
    private @Nullable Integer foundedYear;
    private @Nullable String address;
    private String kabupaten;
    private String province;
    @Embedded.Nullable
    private @Nullable GeoPoint location;
    private @Version int version;

    public Cooperative(String name, long clusterId, @Nullable Integer foundedYear, @Nullable String address,
                       String kabupaten, String province, @Nullable GeoPoint location) {
        this.name = name;
        this.clusterId = clusterId;
        this.foundedYear = foundedYear;
        this.address = address;
        this.kabupaten = kabupaten;
        this.province = province;
        this.location = location;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String auditType() {
        return "cooperative";
    }

    public String name() {
        return name;
    }

    public long clusterId() {
        return clusterId;
    }

    public @Nullable Integer foundedYear() {
        return foundedYear;
    }

    public @Nullable String address() {
        return address;
    }

    public String kabupaten() {
        return kabupaten;
    }

    public String province() {
        return province;
    }

    public @Nullable GeoPoint location() {
        return location;
    }
}
