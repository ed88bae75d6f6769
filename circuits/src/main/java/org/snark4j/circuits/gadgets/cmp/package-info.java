/** Comparators and range checks, named as circomlib names them. */
package org.snark4j.circuits.gadgets.cmp;
