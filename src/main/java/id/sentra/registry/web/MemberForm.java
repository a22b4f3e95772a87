package id.sentra.registry.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.Address;
import id.sentra.registry.Capacity;
import id.sentra.registry.Certification;
import id.sentra.registry.Equipment;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberDetails;
import id.sentra.registry.MemberProfile;
import id.sentra.registry.Nib;
import id.sentra.registry.Process;

/**
 * What the member form posts. Mutable because Spring binds it field by field; its names match the
 * field names of {@link id.sentra.registry.MemberRules} so a broken rule shows next to its field.
 */
public class MemberForm {

    private @Nullable Long cooperativeId;
    private int version;
    private String legalName = "";
    private String nib = "";
    private String ownerName = "";
    private @Nullable String street;
    private @Nullable String village;
    private String kecamatan = "";
    private String kabupaten = "";
    private String province = "Jawa Tengah";
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private @Nullable Integer workforce;
    private @Nullable Integer foundedYear;
    private Set<Process> processes = EnumSet.noneOf(Process.class);
    private Set<MaterialFamily> materials = EnumSet.noneOf(MaterialFamily.class);
    private List<EquipmentRow> equipment = new ArrayList<>();
    private List<CertificationRow> certifications = new ArrayList<>();
    private List<CapacityRow> capacities = new ArrayList<>();

    static MemberForm from(MemberProfile profile) {
        var form = new MemberForm();
        var d = profile.details();
        form.cooperativeId = profile.cooperativeId();
        form.version = profile.version();
        form.legalName = d.legalName();
        form.nib = d.nib();
        form.ownerName = d.ownerName();
        form.street = d.address().street();
        form.village = d.address().village();
        form.kecamatan = d.address().kecamatan();
        form.kabupaten = d.address().kabupaten();
        form.province = d.address().province();
        form.latitude = d.location() == null ? null : d.location().latitude();
        form.longitude = d.location() == null ? null : d.location().longitude();
        form.workforce = d.workforce();
        form.foundedYear = d.foundedYear();
        form.processes = d.processes().isEmpty() ? EnumSet.noneOf(Process.class) : EnumSet.copyOf(d.processes());
        form.materials = d.materials().isEmpty() ? EnumSet.noneOf(MaterialFamily.class) : EnumSet.copyOf(d.materials());
        form.equipment = new ArrayList<>(d.equipment().stream().map(EquipmentRow::from).toList());
        form.certifications = new ArrayList<>(d.certifications().stream().map(CertificationRow::from).toList());
        form.capacities = new ArrayList<>(d.capacities().stream().map(CapacityRow::from).toList());
        return form;
    }

    /** The details this form describes; rows a person left blank or removed are dropped. */
    MemberDetails toDetails() {
        var location = latitude != null && longitude != null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
                ? new GeoPoint(latitude, longitude) : null;
        return new MemberDetails(legalName.trim(), Nib.normalise(nib), ownerName.trim(),
                new Address(blankToNull(street), blankToNull(village), kecamatan.trim(), kabupaten.trim(), province.trim()),
                location, workforce == null ? 0 : workforce, foundedYear, processes, materials,
                equipment.stream().filter(Objects::nonNull).filter(EquipmentRow::filled).map(EquipmentRow::toEquipment).toList(),
                certifications.stream().filter(Objects::nonNull).filter(CertificationRow::filled).map(CertificationRow::toCertification).toList(),
                capacities.stream().filter(Objects::nonNull).filter(CapacityRow::filled).map(CapacityRow::toCapacity).toList());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public @Nullable Long getCooperativeId() { return cooperativeId; }
    public void setCooperativeId(@Nullable Long cooperativeId) { this.cooperativeId = cooperativeId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getNib() { return nib; }
    public void setNib(String nib) { this.nib = nib; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public @Nullable String getStreet() { return street; }
    public void setStreet(@Nullable String street) { this.street = street; }
    public @Nullable String getVillage() { return village; }
    public void setVillage(@Nullable String village) { this.village = village; }
    public String getKecamatan() { return kecamatan; }
    public void setKecamatan(String kecamatan) { this.kecamatan = kecamatan; }
    public String getKabupaten() { return kabupaten; }
    public void setKabupaten(String kabupaten) { this.kabupaten = kabupaten; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public @Nullable Double getLatitude() { return latitude; }
    public void setLatitude(@Nullable Double latitude) { this.latitude = latitude; }
    public @Nullable Double getLongitude() { return longitude; }
    public void setLongitude(@Nullable Double longitude) { this.longitude = longitude; }
    public @Nullable Integer getWorkforce() { return workforce; }
    public void setWorkforce(@Nullable Integer workforce) { this.workforce = workforce; }
    public @Nullable Integer getFoundedYear() { return foundedYear; }
    public void setFoundedYear(@Nullable Integer foundedYear) { this.foundedYear = foundedYear; }
    public Set<Process> getProcesses() { return processes; }
    public void setProcesses(Set<Process> processes) { this.processes = processes; }
    public Set<MaterialFamily> getMaterials() { return materials; }
    public void setMaterials(Set<MaterialFamily> materials) { this.materials = materials; }
    public List<EquipmentRow> getEquipment() { return equipment; }
    public void setEquipment(List<EquipmentRow> equipment) { this.equipment = equipment; }
    public List<CertificationRow> getCertifications() { return certifications; }
    public void setCertifications(List<CertificationRow> certifications) { this.certifications = certifications; }
    public List<CapacityRow> getCapacities() { return capacities; }
    public void setCapacities(List<CapacityRow> capacities) { this.capacities = capacities; }

    /** One machine line of the form. */
    public static class EquipmentRow {
        private id.sentra.registry.@Nullable EquipmentKind kind;
        private id.sentra.registry.@Nullable FurnaceType furnaceType;
        private @Nullable Integer kgPerHeat;
        private @Nullable Integer heatsPerDay;
        private @Nullable Integer units = 1;

        static EquipmentRow from(Equipment e) {
            var row = new EquipmentRow();
            row.kind = e.kind();
            row.furnaceType = e.furnaceType();
            row.kgPerHeat = e.kgPerHeat();
            row.heatsPerDay = e.heatsPerDay();
            row.units = e.units();
            return row;
        }

        boolean filled() { return kind != null; }

        Equipment toEquipment() {
            return new Equipment(Objects.requireNonNull(kind), furnaceType, kgPerHeat, heatsPerDay, units == null ? 0 : units);
        }

        public id.sentra.registry.@Nullable EquipmentKind getKind() { return kind; }
        public void setKind(id.sentra.registry.@Nullable EquipmentKind kind) { this.kind = kind; }
        public id.sentra.registry.@Nullable FurnaceType getFurnaceType() { return furnaceType; }
        public void setFurnaceType(id.sentra.registry.@Nullable FurnaceType furnaceType) { this.furnaceType = furnaceType; }
        public @Nullable Integer getKgPerHeat() { return kgPerHeat; }
        public void setKgPerHeat(@Nullable Integer kgPerHeat) { this.kgPerHeat = kgPerHeat; }
        public @Nullable Integer getHeatsPerDay() { return heatsPerDay; }
        public void setHeatsPerDay(@Nullable Integer heatsPerDay) { this.heatsPerDay = heatsPerDay; }
        public @Nullable Integer getUnits() { return units; }
        public void setUnits(@Nullable Integer units) { this.units = units; }
    }

    /** One certificate line of the form. */
    public static class CertificationRow {
        private id.sentra.registry.@Nullable CertificationKind kind;
        private String reference = "";
        private @Nullable String issuer;
        @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        private java.time.@Nullable LocalDate validUntil;

        static CertificationRow from(Certification c) {
            var row = new CertificationRow();
            row.kind = c.kind();
            row.reference = c.reference();
            row.issuer = c.issuer();
            row.validUntil = c.validUntil();
            return row;
        }

        boolean filled() { return kind != null && validUntil != null; }

        Certification toCertification() {
            return new Certification(Objects.requireNonNull(kind), reference.trim(), blankToNull(issuer), Objects.requireNonNull(validUntil));
        }

        public id.sentra.registry.@Nullable CertificationKind getKind() { return kind; }
        public void setKind(id.sentra.registry.@Nullable CertificationKind kind) { this.kind = kind; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public @Nullable String getIssuer() { return issuer; }
        public void setIssuer(@Nullable String issuer) { this.issuer = issuer; }
        public java.time.@Nullable LocalDate getValidUntil() { return validUntil; }
        public void setValidUntil(java.time.@Nullable LocalDate validUntil) { this.validUntil = validUntil; }
    }

    /** One monthly-capacity line of the form. */
    public static class CapacityRow {
        private @Nullable MaterialFamily material;
        private @Nullable String productFamily;
        private @Nullable Integer amount;
        private id.sentra.registry.CapacityUnit unit = id.sentra.registry.CapacityUnit.KG_PER_MONTH;

        static CapacityRow from(Capacity c) {
            var row = new CapacityRow();
            row.material = c.material();
            row.productFamily = c.productFamily();
            row.amount = c.amount();
            row.unit = c.unit();
            return row;
        }

        boolean filled() { return amount != null || material != null || (productFamily != null && !productFamily.isBlank()); }

        Capacity toCapacity() {
            return new Capacity(material, blankToNull(productFamily), amount == null ? 0 : amount, unit);
        }

        public @Nullable MaterialFamily getMaterial() { return material; }
        public void setMaterial(@Nullable MaterialFamily material) { this.material = material; }
        public @Nullable String getProductFamily() { return productFamily; }
        public void setProductFamily(@Nullable String productFamily) { this.productFamily = productFamily; }
        public @Nullable Integer getAmount() { return amount; }
        public void setAmount(@Nullable Integer amount) { this.amount = amount; }
        public id.sentra.registry.CapacityUnit getUnit() { return unit; }
        public void setUnit(id.sentra.registry.CapacityUnit unit) { this.unit = unit; }
    }
}
