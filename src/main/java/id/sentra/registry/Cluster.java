package id.sentra.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.audit.Audited;

/** A sentra: a place where many IKM of one trade work side by side, such as Ceper or Tegal. */
@Table("cluster")
public class Cluster implements Audited {

    private @Id @Nullable Long id;
    private String name;
    private String kabupaten;
    private String province;
    @Embedded.Nullable
    private @Nullable GeoPoint location;
    private @Version int version;

    public Cluster(String name, String kabupaten, String province, @Nullable GeoPoint location) {
        this.name = name;
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
        return "cluster";
    }

    public String name() {
        return name;
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
