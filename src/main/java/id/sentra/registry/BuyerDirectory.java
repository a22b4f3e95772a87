package id.sentra.registry;

import java.util.Comparator;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * The buyers Sentra works with. Their names, plants and contacts are shared with operators and the
 * ministry; a buyer's own people see and edit only their organisation; members see none.
 */
@Service
@Transactional(readOnly = true)
public class BuyerDirectory {

    private final Buyers buyers;

    BuyerDirectory(Buyers buyers) {
        this.buyers = buyers;
    }

    public List<Buyer> list(SentraUser user) {
        return switch (user.role()) {
            case ADMIN, OPERATOR, MINISTRY -> buyers.findAll().stream().sorted(Comparator.comparing(Buyer::name)).toList();
            case BUYER -> buyers.findById(user.buyerId()).stream().toList();
            case MEMBER -> throw new AccessDeniedException("Members do not browse buyers");
        };
    }

    public Buyer get(SentraUser user, long buyerId) {
        if (user.is(Role.MEMBER) || user.is(Role.BUYER) && !Long.valueOf(buyerId).equals(user.buyerId())) {
            throw new AccessDeniedException("Buyer " + buyerId + " is outside your scope");
        }
        return buyers.findById(buyerId).orElseThrow(() -> new RecordNotFoundException("buyer", buyerId));
    }

    @Transactional
    public long register(SentraUser user, Buyer buyer) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OPERATOR)) {
            throw new AccessDeniedException("Only the platform or a cooperative registers buyers");
        }
        return buyers.save(buyer).getId();
    }

    @Transactional
    public void revise(SentraUser user, long buyerId, int expectedVersion, String name, BuyerKind kind, String sector,
                       List<Plant> plants, List<Contact> contacts) {
        var buyer = get(user, buyerId);
        if (user.is(Role.MINISTRY)) {
            throw new AccessDeniedException("The ministry reads, it does not edit");
        }
        buyer.revise(name, kind, sector, plants, contacts, expectedVersion);
        try {
            buyers.save(buyer);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(buyer.auditType(), buyerId);
        }
    }
}
