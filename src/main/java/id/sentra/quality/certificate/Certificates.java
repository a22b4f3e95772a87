package id.sentra.quality.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All issued certificates, kept as issued (insert and read only). */
@Repository
class Certificates {

    private static final String COLUMNS = "select id, number, lot_id, work_order_id, cooperative_id, member_id, buyer_id, "
            + "issued_on, content, content_hash, created_by from certificate ";

    private final JdbcClient jdbc;

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(IssuedCertificate c, Instant at) {
        jdbc.sql("""
                insert into certificate (number, lot_id, work_order_id, cooperative_id, member_id, buyer_id, issued_on,
                                         content, content_hash, version, created_at, created_by)
                values (:number, :lot, :order, :coop, :member, :buyer, :issuedOn, :content, :seal, 0, :at, :by)""")
                .param("number", c.number()).param("lot", c.lotId()).param("order", c.workOrderId())
                .param("coop", c.cooperativeId()).param("member", c.memberId()).param("buyer", c.buyerId())
                .param("issuedOn", c.issuedOn()).param("content", c.content()).param("seal", c.seal())
                .param("at", java.sql.Timestamp.from(at)).param("by", c.issuedBy()).update();
    }

    Optional<IssuedCertificate> byNumber(String number) {
        return jdbc.sql(COLUMNS + "where number = :number").param("number", number).query(Certificates::row).optional();
    }

    Optional<IssuedCertificate> ofLot(long lotId) {
        return jdbc.sql(COLUMNS + "where lot_id = :lot").param("lot", lotId).query(Certificates::row).optional();
    }

    List<IssuedCertificate> ofWorkOrder(long workOrderId) {
        return jdbc.sql(COLUMNS + "where work_order_id = :order order by lot_id").param("order", workOrderId)
                .query(Certificates::row).list();
    }

    /**
     * The certificates a party may read, newest first, with the contract each belongs to: a buyer's own (issued to it),
     * a cooperative's, a member's, or all ({@code scope} null); optionally of one contract only.
     */
    List<Scoped> inScope(@Nullable Scope scope, @Nullable Long contractId) {
        String where = scope == null ? "true" : switch (scope.kind()) {
            case BUYER -> "c.buyer_id = :party";
            case COOPERATIVE -> "c.cooperative_id = :party";
            case MEMBER -> "c.member_id = :party";
        };
        var sql = jdbc.sql("select c.id, c.number, c.lot_id, c.work_order_id, c.cooperative_id, c.member_id, c.buyer_id,"
                + " c.issued_on, c.content, c.content_hash, c.created_by, w.contract_id from certificate c"
                + " join work_order w on w.id = c.work_order_id where " + where
                + (contractId == null ? "" : " and w.contract_id = :contract") + " order by c.issued_on desc, c.id desc limit 1000");
        if (scope != null) {
            sql = sql.param("party", scope.partyId());
        }
        if (contractId != null) {
            sql = sql.param("contract", contractId);
        }
        return sql.query((rs, n) -> new Scoped(row(rs, n), rs.getLong("contract_id"))).list();
    }

    /** Whose certificates: a buyer's, a cooperative's or a member's. */
    record Scope(Kind kind, long partyId) {
        enum Kind { BUYER, COOPERATIVE, MEMBER }
    }

    /** A certificate with the contract its work order belongs to. */
    record Scoped(IssuedCertificate certificate, long contractId) {
    }

    Optional<CertificateAccess.Parties> partiesOfWorkOrder(long workOrderId) {
        return jdbc.sql("select w.cooperative_id, w.member_id, c.buyer_id from work_order w join contract c on c.id = w.contract_id"
                        + " where w.id = :order").param("order", workOrderId)
                .query((rs, n) -> new CertificateAccess.Parties(rs.getLong("cooperative_id"), rs.getLong("member_id"),
                        rs.getLong("buyer_id"))).optional();
    }

    private static IssuedCertificate row(ResultSet rs, int n) throws SQLException {
        Long buyer = rs.getObject("buyer_id") == null ? null : rs.getLong("buyer_id");
        return new IssuedCertificate(rs.getLong("id"), rs.getString("number"), rs.getLong("lot_id"), rs.getLong("work_order_id"),
                rs.getLong("cooperative_id"), rs.getLong("member_id"), buyer,
                rs.getObject("issued_on", LocalDate.class), rs.getString("content"), rs.getString("content_hash"),
                rs.getString("created_by"));
    }
}
