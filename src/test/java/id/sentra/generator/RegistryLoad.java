package id.sentra.generator;

import java.util.SplittableRandom;

/**
 * Writes the registry: nine clusters, their cooperatives, member IKM with equipment, processes, materials,
 * certificates, capacity and prices, buyers with plants and contacts, and the sign-in accounts.
 */
final class RegistryLoad {

    /** Argon2id hash of the demo password {@code sentra-demo}, as the demo stores it (a fixed salt keeps runs identical). */
    static final String DEMO_PASSWORD_HASH = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$zVi9NeyibneUPOWjm4gNLg$"
            + "lWXdl8N+X2bhDrCn4vOdROdTZtFBAXHWgJMncUfzj/k";
    private static final String[] GIVEN = {"Budi", "Sri", "Agus", "Retno", "Joko", "Siti", "Bambang", "Dewi", "Hadi", "Wahyu",
            "Eko", "Rina", "Slamet", "Endang", "Teguh", "Yuli", "Darmo", "Ani", "Sutrisno", "Lestari"};
    private static final String[] FAMILY = {"Santoso", "Wibowo", "Susanto", "Hartono", "Prasetyo", "Wijaya", "Saputra",
            "Kusuma", "Nugroho", "Setiawan", "Purnomo", "Rahayu", "Gunawan", "Hidayat"};
    private static final String[] WORDS = {"Logam", "Karya", "Jaya", "Makmur", "Sentosa", "Abadi", "Mulia", "Baja", "Teknik",
            "Presisi", "Cor", "Mandiri", "Sejahtera", "Utama", "Perkasa"};
    private static final String[] SECTORS = {"Perkeretaapian", "Otomotif", "Pompa air", "Peralatan rumah tangga",
            "Air minum (PDAM)", "Perkapalan", "Energi", "Alat pertanian"};

    private final Volumes volumes;
    private final Seeds seeds;
    private final Registry registry;
    private final long created;

    RegistryLoad(Volumes volumes, Seeds seeds, Registry registry, long anchorDay) {
        this.volumes = volumes;
        this.seeds = seeds;
        this.registry = registry;
        this.created = anchorDay - 730;
    }

    void load(Tables tables) {
        try (var cluster = tables.open("cluster", "id", "name", "kabupaten", "province", "latitude", "longitude");
             var cooperative = tables.open("cooperative", "id", "name", "cluster_id", "founded_year", "address", "kabupaten",
                     "province", "latitude", "longitude")) {
            for (int c = 1; c <= Registry.CLUSTERS.length; c++) {
                var row = Registry.CLUSTERS[c - 1];
                cluster.l(c).s(row[0]).s(row[1]).s(row[2]).s(row[3]).s(row[4]).end();
            }
            for (int c = 1; c <= volumes.cooperatives(); c++) {
                var row = Registry.CLUSTERS[registry.clusterOf(c) - 1];
                cooperative.l(c).s(cooperativeName(c)).l(registry.clusterOf(c)).l(1976 + c % 40)
                        .s("Jl. Koperasi No. " + c).s(row[1]).s(row[2]).s(row[3]).s(row[4]).end();
            }
        }
        members(tables);
        buyers(tables);
        accounts(tables);
    }

    static String cooperativeName(int cooperative) {
        return "Koperasi Industri Logam " + WORDS[cooperative % WORDS.length] + " " + cooperative;
    }

    private void members(Tables tables) {
        try (var member = tables.open("member", "id", "cooperative_id", "legal_name", "nib", "owner_name", "street", "village",
                "kecamatan", "kabupaten", "province", "latitude", "longitude", "workforce", "founded_year", "active", "version",
                "created_at", "created_by", "modified_at", "modified_by");
             var equipment = tables.open("member_equipment", "member_id", "member_key", "kind", "furnace_type", "kg_per_heat",
                     "heats_per_day", "units");
             var process = tables.open("member_process", "member_id", "process");
             var material = tables.open("member_material", "member_id", "material");
             var certification = tables.open("member_certification", "member_id", "member_key", "kind", "reference", "issuer",
                     "valid_until");
             var capacity = tables.open("member_capacity", "member_id", "member_key", "material", "product_family", "amount", "unit");
             var price = tables.open("member_price", "member_id", "material", "rupiah_per_kg")) {
            for (long m = 1; m <= volumes.members(); m++) {
                var random = seeds.of(Seeds.MEMBER, m);
                int cooperative = registry.cooperativeOf(m);
                var place = Registry.CLUSTERS[registry.clusterOf(cooperative) - 1];
                double lat = Double.parseDouble(place[3]) + (random.nextDouble() - 0.5) * 0.1;
                double lon = Double.parseDouble(place[4]) + (random.nextDouble() - 0.5) * 0.1;
                member.l(m).l(cooperative).s(legalName(random, m)).s(String.format("9%012d", m))
                        .s(pick(random, GIVEN) + " " + pick(random, FAMILY)).s("Jl. " + pick(random, WORDS) + " No. " + (1 + random.nextInt(120)))
                        .s("Desa " + pick(random, WORDS)).s("Kecamatan " + (1 + random.nextInt(8))).s(place[1]).s(place[2])
                        .dec(Math.round(lat * 1e6), 6).dec(Math.round(lon * 1e6), 6).l(10 + random.nextInt(51))
                        .l(1970 + random.nextInt(50)).b(true).l(0).ts(created).s("generator").ts(created).s("generator").end();
                boolean induction = registry.induction(m);
                int kg = (induction ? 250 : 500) * (1 + random.nextInt(3));
                equipment.l(m).l(0).s("FURNACE").s(induction ? "INDUCTION" : "CUPOLA").l(kg).l(2 + random.nextInt(5)).l(1).end();
                int key = 1;
                if (random.nextInt(10) == 0) {
                    equipment.l(m).l(key++).s("SPECTROMETER").nul().nul().nul().l(1).end();
                }
                equipment.l(m).l(key++).s("MOULDING_LINE").nul().nul().nul().l(1 + random.nextInt(2)).end();
                if (registry.machines(m)) {
                    equipment.l(m).l(key).s("LATHE").nul().nul().nul().l(1 + random.nextInt(4)).end();
                    process.l(m).s("MACHINING").end();
                }
                process.l(m).s("SAND_CASTING").end();
                if (random.nextInt(3) == 0) {
                    process.l(m).s("PAINTING_COATING").end();
                }
                int capacityKey = 0;
                for (String family : new String[] {"GREY_IRON", "DUCTILE_IRON", "HIGH_PHOSPHORUS_IRON"}) {
                    if (registry.casts(m, family)) {
                        material.l(m).s(family).end();
                        price.l(m).s(family).l(registry.pricePerKg(m, family)).end();
                        capacity.l(m).l(capacityKey++).s(family).nul().l(kg * 50L * (1 + random.nextInt(3))).s("KG_PER_MONTH").end();
                    }
                }
                if (random.nextInt(10) < 3) {
                    certification.l(m).l(0).s("ISO_9001").s("QMS-" + m).s("Lembaga Sertifikasi Mutu").d(created + 1460).end();
                }
            }
        }
    }

    private static String legalName(SplittableRandom random, long member) {
        return (random.nextInt(3) == 0 ? "PT " : "CV ") + pick(random, WORDS) + " " + pick(random, WORDS) + " " + member;
    }

    static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private void buyers(Tables tables) {
        try (var buyer = tables.open("buyer", "id", "name", "kind", "sector", "active", "version", "created_at", "created_by",
                "modified_at", "modified_by");
             var plant = tables.open("buyer_plant", "buyer_id", "buyer_key", "name", "address", "kabupaten", "province", "latitude",
                     "longitude");
             var contact = tables.open("buyer_contact", "buyer_id", "buyer_key", "name", "position", "email", "phone")) {
            for (long b = 1; b <= volumes.buyers(); b++) {
                var random = seeds.of(Seeds.BUYER, b);
                buyer.l(b).s(buyerName(b)).s(b % 5 == 1 ? "BUMN" : "PRIVATE").s(pick(random, SECTORS)).b(true).l(0).ts(created)
                        .s("generator").ts(created).s("generator").end();
                int plants = 1 + random.nextInt(2);
                for (int p = 0; p < plants; p++) {
                    var place = Registry.CLUSTERS[random.nextInt(Registry.CLUSTERS.length)];
                    plant.l(b).l(p).s("Pabrik " + (p + 1)).s("Kawasan Industri " + place[1]).s(place[1]).s(place[2]).s(place[3]).s(place[4]).end();
                }
                contact.l(b).l(0).s(pick(random, GIVEN) + " " + pick(random, FAMILY)).s("Pengadaan").s("pengadaan" + b + "@pembeli.example")
                        .s("+62 21 " + (5_000_000 + b)).end();
            }
        }
    }

    static String buyerName(long buyer) {
        return "PT " + WORDS[(int) (buyer % WORDS.length)] + " " + WORDS[(int) (buyer / WORDS.length % WORDS.length)] + " Industri " + buyer;
    }

    /** admin, ministry, operator (first cooperative), operator.N for the others, member (first member), buyer (first buyer). */
    private void accounts(Tables tables) {
        try (var account = tables.open("account", "id", "username", "display_name", "password_hash", "role", "cooperative_id",
                "member_id", "buyer_id", "enabled", "failed_logins", "version")) {
            long id = 1;
            account.l(id++).s("admin").s("Administrator Sentra").s(DEMO_PASSWORD_HASH).s("ADMIN").nul().nul().nul().b(true).l(0).l(0).end();
            account.l(id++).s("ministry").s("Analis Ditjen IKM").s(DEMO_PASSWORD_HASH).s("MINISTRY").nul().nul().nul().b(true).l(0).l(0).end();
            account.l(id++).s("member").s("Anggota 1").s(DEMO_PASSWORD_HASH).s("MEMBER").nul().l(1).nul().b(true).l(0).l(0).end();
            account.l(id++).s("buyer").s("Pengadaan " + buyerName(1)).s(DEMO_PASSWORD_HASH).s("BUYER").nul().nul().l(1).b(true).l(0).l(0).end();
            for (int c = 1; c <= volumes.cooperatives(); c++) {
                account.l(id++).s(c == 1 ? "operator" : "operator." + c).s("Operator " + cooperativeName(c)).s(DEMO_PASSWORD_HASH)
                        .s("OPERATOR").l(c).nul().nul().b(true).l(0).l(0).end();
            }
        }
    }
}
