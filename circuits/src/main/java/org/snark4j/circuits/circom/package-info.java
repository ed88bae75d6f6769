/** circom's witness calculators (.wasm) run in the JVM; the files they read and write are in {@code org.snark4j.formats}. */
package org.snark4j.circuits.circom;
