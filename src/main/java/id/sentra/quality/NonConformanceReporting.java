package id.sentra.quality;

import java.util.List;

import id.sentra.platform.security.SentraUser;

/**
 * Non-conformance reports for callers outside the quality module (the demo, later a buyer's
 * complaint import): open one on a member's lots, record its containment, close it with cause and action.
 */
public interface NonConformanceReporting {

    long open(SentraUser user, List<Long> lotIds, String description);

    void contain(SentraUser user, long reportId, String containment);

    void close(SentraUser user, long reportId, String rootCause, String correctiveAction);
}
