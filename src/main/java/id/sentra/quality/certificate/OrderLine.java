package id.sentra.quality.certificate;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contract line behind a work order as a certificate names it (part number, drawing, grade) and the
 * cooperative's name: read straight from the tables, as the trace does, because no module offers it by work order.
 */
@Repository
class OrderLine {

    /** Part number, drawing and grade as the buyer's contract line states them. */
    record Line(String cooperativeName, @Nullable String partNumber, @Nullable String drawing, @Nullable String grade) {
    }

    private final JdbcClient jdbc;

    OrderLine(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Line> ofWorkOrder(long workOrderId) {
        return jdbc.sql("""
                select co.name, cl.buyer_part_number, cl.drawing_reference, cl.drawing_revision, cl.material_grade
                from work_order w
                join cooperative co on co.id = w.cooperative_id
                left join contract_line cl on cl.contract_id = w.contract_id and cl.line_no = w.line_no
                where w.id = :order""").param("order", workOrderId)
                .query((rs, n) -> new Line(rs.getString("name"), rs.getString("buyer_part_number"),
                        rs.getString("drawing_reference") == null ? null
                                : rs.getString("drawing_reference") + " rev. " + rs.getString("drawing_revision"),
                        rs.getString("material_grade")))
                .optional();
    }
}
