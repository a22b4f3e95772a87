package id.sentra.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clusters and cooperatives: public facts (names, places) that every signed-in person may read. */
@Service
@Transactional(readOnly = true)
public class CooperativeDirectory {

    private final Cooperatives cooperatives;
    private final Clusters clusters;

    CooperativeDirectory(Cooperatives cooperatives, Clusters clusters) {
        this.cooperatives = cooperatives;
        this.clusters = clusters;
    }

    public List<Cooperative> cooperatives() {
        return cooperatives.findAll().stream().sorted(Comparator.comparing(Cooperative::name)).toList();
    }

    public List<Cluster> clusters() {
        return clusters.findAll().stream().sorted(Comparator.comparing(Cluster::name)).toList();
    }

    public Optional<Cooperative> cooperative(long id) {
        return cooperatives.findById(id);
    }

    public Optional<Cluster> cluster(long id) {
        return clusters.findById(id);
    }

    @Transactional
    public long register(Cluster cluster) {
        return clusters.save(cluster).getId();
    }

    @Transactional
    public long register(Cooperative cooperative) {
        return cooperatives.save(cooperative).getId();
    }
}
