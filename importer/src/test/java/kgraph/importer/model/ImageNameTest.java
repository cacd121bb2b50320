package kgraph.importer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNameTest {

    @ParameterizedTest
    @CsvSource({
        "5.4.0-26-generic-amd64,   5.4.0,  26,   generic,    amd64,   Regular, 5.4",
        "5.4.0-1009-aws-amd64,     5.4.0,  1009, aws,        amd64,   Flavor,  aws",
        "5.4.0-26-lowlatency-amd64,5.4.0,  26,   lowlatency, amd64,   Flavor,  lowlatency",
        "5.4.0-24-generic-riscv64, 5.4.0,  24,   generic,    riscv64, Arch,    riscv64",
        "4.10.0-19-generic-amd64,  4.10.0, 19,   generic,    amd64,   Regular, 4.10",
        "6.12.117+deb12-cloud-amd64, 6.12.117, deb12, cloud, amd64,   Flavor,  cloud",
        "6.12.117+deb12-amd64,     6.12.117, deb12, generic,  amd64,   Regular, 6.12",
        "6.1.0-56-cloud-amd64,     6.1.0,  56,   cloud,      amd64,   Flavor,  cloud",
        "6.18.44-fc-v509-amd64,    6.18.44, '',  fc-v509,    amd64,   Flavor,  fc-v509",
        "6.8.0-amd64,              6.8.0,  '',   custom,     amd64,   Flavor,  custom",
        "5.4.0-generic-amd64,      5.4.0,  '',   generic,    amd64,   Regular, 5.4",
    })
    void splitsDepsurfImageNames(String name, String version, String revision, String flavor, String arch,
                                 String group, String label) {
        ImageName image = ImageName.parse(name);
        assertEquals(version, image.version());
        assertEquals(revision, image.revision());
        assertEquals(flavor, image.flavor());
        assertEquals(arch, image.arch());
        assertEquals(group, image.group().label());
        assertEquals(label, image.groupLabel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vmlinux", "linux-5.4", "5.4.0-26-generic-", "6.8-amd64-"})
    void refusesOtherNames(String name) {
        assertThrows(IllegalArgumentException.class, () -> ImageName.parse(name));
    }

    @ParameterizedTest
    @CsvSource({"4.8.0-22-generic-amd64, 4.10.0-19-generic-amd64", "5.19.0-21-generic-amd64, 6.2.0-20-generic-amd64"})
    void ordersVersionsNumerically(String older, String newer) {
        assertEquals(-1, Long.signum(ImageName.parse(older).versionOrder() - ImageName.parse(newer).versionOrder()));
    }
}
