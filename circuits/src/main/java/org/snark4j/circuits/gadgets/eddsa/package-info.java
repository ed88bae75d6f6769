/** EdDSA signatures over Baby Jubjub, verified in circuits as circomlib does. */
package org.snark4j.circuits.gadgets.eddsa;
