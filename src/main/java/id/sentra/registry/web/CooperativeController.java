package id.sentra.registry.web;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.sentra.registry.Cluster;
import id.sentra.registry.CooperativeDirectory;

/** The list of clusters and cooperatives with their places; public facts for every signed-in person. */
@Controller
class CooperativeController {

    private final CooperativeDirectory directory;

    CooperativeController(CooperativeDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/cooperatives")
    String list(Model model) {
        var clusters = directory.clusters();
        model.addAttribute("clusters", clusters);
        model.addAttribute("clusterNames", clusters.stream().collect(Collectors.toMap(Cluster::getId, Cluster::name)));
        model.addAttribute("cooperatives", directory.cooperatives());
        return "cooperatives/list";
    }
}
