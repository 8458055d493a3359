package org.stocktree.bench;

import java.util.List;

/**
 * A family of parts as a real catalogue has them: the category tree it lives in, what its parts
 * are called, the unit they are counted in, and the three parameters every part of it carries.
 */
record PartKind(String category, String noun, String ipnPrefix, String units, List<String> parameters,
        List<String> subcategories) {

    /** A parameter template: its unit (one the app's unit registry knows) and the range of its values. */
    record Template(String name, String units, double min, double max) {
    }

    /** The parameter templates; a template's id is its index + 1. */
    static final List<Template> TEMPLATES = List.of(
            new Template("Resistance", "ohm", 1.0, 1000000.0), new Template("Power rating", "W", 0.05, 5.0),
            new Template("Voltage rating", "V", 6.3, 1000.0), new Template("Capacitance", "uF", 0.001, 4700.0),
            new Template("Max temperature", "degC", 70.0, 150.0), new Template("Inductance", "uH", 0.1, 1000.0),
            new Template("Current rating", "A", 0.1, 30.0), new Template("Pitch", "mm", 0.5, 5.08),
            new Template("Supply voltage", "V", 1.8, 48.0), new Template("Clock frequency", "MHz", 1.0, 480.0),
            new Template("Cable length", "m", 0.1, 100.0), new Template("Conductor area", "mm^2", 0.05, 16.0),
            new Template("Length", "mm", 2.0, 120.0), new Template("Diameter", "mm", 1.6, 12.0),
            new Template("Mass", "g", 0.1, 2000.0), new Template("Width", "mm", 10.0, 480.0),
            new Template("Height", "mm", 5.0, 200.0), new Template("Volume", "mL", 1.0, 500.0),
            new Template("Cure temperature", "degC", 20.0, 180.0), new Template("Breaking capacity", "A", 35.0, 1500.0));

    static final List<PartKind> ALL = List.of(
            new PartKind("Resistors", "Resistor", "RES", "", List.of("Resistance", "Power rating", "Voltage rating"),
                    List.of("Thick film", "Thin film", "Wirewound", "SMD 0402", "SMD 0603", "SMD 0805", "Through hole")),
            new PartKind("Capacitors", "Capacitor", "CAP", "", List.of("Capacitance", "Voltage rating", "Max temperature"),
                    List.of("Ceramic", "Electrolytic", "Tantalum", "Film", "X7R", "C0G", "Polymer")),
            new PartKind("Inductors", "Inductor", "IND", "", List.of("Inductance", "Current rating", "Resistance"),
                    List.of("Power", "RF", "Common mode", "Shielded", "Ferrite beads")),
            new PartKind("Connectors", "Connector", "CON", "", List.of("Pitch", "Current rating", "Voltage rating"),
                    List.of("Headers", "Terminal blocks", "USB", "Circular", "Board to board", "Crimp housings")),
            new PartKind("Integrated circuits", "IC", "ICS", "", List.of("Supply voltage", "Clock frequency", "Max temperature"),
                    List.of("Microcontrollers", "Memory", "Regulators", "Op amps", "Interface", "Logic")),
            new PartKind("Cables", "Cable", "CBL", "m", List.of("Cable length", "Conductor area", "Voltage rating"),
                    List.of("Hook-up wire", "Ribbon", "Coaxial", "Multicore", "Shielded")),
            new PartKind("Fasteners", "Screw", "FST", "", List.of("Length", "Diameter", "Mass"),
                    List.of("Machine screws", "Nuts", "Washers", "Standoffs", "Rivets", "Inserts")),
            new PartKind("Sensors", "Sensor", "SEN", "", List.of("Supply voltage", "Current rating", "Max temperature"),
                    List.of("Temperature", "Pressure", "Humidity", "Motion", "Optical")),
            new PartKind("Enclosures", "Enclosure", "ENC", "", List.of("Width", "Height", "Mass"),
                    List.of("Plastic", "Aluminium", "Steel", "Rack mount", "Panels")),
            new PartKind("Adhesives", "Adhesive", "ADH", "mL", List.of("Volume", "Cure temperature", "Mass"),
                    List.of("Epoxy", "Cyanoacrylate", "Silicone", "Thermal paste")),
            new PartKind("Fuses", "Fuse", "FUS", "", List.of("Current rating", "Voltage rating", "Breaking capacity"),
                    List.of("Cartridge", "Resettable", "Automotive", "SMD")),
            new PartKind("Assemblies", "Assembly", "ASM", "", List.of("Supply voltage", "Mass", "Width"),
                    List.of("Boards", "Modules", "Harnesses", "Subassemblies", "Products")));

    static int templateId(String name) {
        for (int i = 0; i < TEMPLATES.size(); i++) {
            if (TEMPLATES.get(i).name().equals(name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
