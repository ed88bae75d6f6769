/** circom's and snarkjs's binary files: .r1cs and .wtns (the iden3 container format). */
package org.snark4j.circuits.circom;
