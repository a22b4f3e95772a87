package id.sentra.demo;

import java.util.List;
import java.util.Set;

import id.sentra.registry.Capacity;
import id.sentra.registry.Equipment;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** What one generated member can do: the capability half of its {@code MemberDetails}. */
record Capability(Set<Process> processes, Set<MaterialFamily> materials, List<Equipment> equipment,
                  List<Capacity> capacities) {
}
