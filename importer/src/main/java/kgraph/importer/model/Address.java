package kgraph.importer.model;

import java.math.BigInteger;

/** Kernel addresses are unsigned 64-bit; DepSurf prints them as bare lower-case hex. */
public final class Address {

    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Address() {
    }

    /** The unsigned value as DepSurf prints it: {@code ffff8000100ba7a8}, or {@code 0}. */
    public static String hex(BigInteger address) {
        if (address.signum() < 0 || address.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("address " + address + " is not an unsigned 64-bit value");
        }
        return address.toString(16);
    }
}
