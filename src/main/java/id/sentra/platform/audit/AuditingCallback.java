package id.sentra.platform.audit;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/** Hooks the audit trail into every aggregate save, so no service can forget it. */
@Component
class AuditingCallback implements AfterSaveCallback<Audited> {

    private final AuditTrail trail;

    AuditingCallback(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Audited onAfterSave(Audited aggregate) {
        trail.recordSaved(aggregate);
        return aggregate;
    }
}
