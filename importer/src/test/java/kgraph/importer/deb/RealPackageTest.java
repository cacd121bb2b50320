package kgraph.importer.deb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A downloaded kernel package, named by {@code -Dkgraph.deb=PATH} (left out otherwise): the listing
 * against {@code dpkg-deb -c}, the vmlinux against {@code dpkg-deb --fsys-tarfile | tar -xO}.
 */
@EnabledIfSystemProperty(named = "kgraph.deb", matches = ".+")
class RealPackageTest {

    @Test
    void readsARealKernelPackage() {
        Path path = Path.of(System.getProperty("kgraph.deb"));
        long start = System.nanoTime();
        KernelPackage kernel = KernelPackage.open(path);
        long listed = System.nanoTime();
        ByteBuffer vmlinux = kernel.readVmlinux();
        long read = System.nanoTime();
        System.out.printf("%s: image %s, %d entries listed in %.1f s; %s (%d bytes) read in %.1f s%n",
                path.getFileName(), kernel.imageName(), kernel.listing().entries().size(), (listed - start) / 1e9,
                kernel.vmlinux().name(), vmlinux.remaining(), (read - listed) / 1e9);

        List<DataEntry> expected = DpkgDeb.contents(path);
        assertEquals(expected, kernel.listing().entries());
        String tarName = "./" + kernel.vmlinux().name();
        String sha = Tools.run(path.getParent(), "sh", "-c", "dpkg-deb --fsys-tarfile \"$0\" | tar -xO \"$1\" | sha256sum",
                path.toString(), tarName).split(" ")[0];
        assertEquals(sha, DebPackageTest.sha256(vmlinux));
    }
}
