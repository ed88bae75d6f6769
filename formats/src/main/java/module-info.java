/**
 * snarkjs's and circom's binary files in one place: the iden3 container ({@code BinFile}) and what it holds,
 * .r1cs, .wtns, Groth16 .zkey and .ptau, read with every length bounded and every point checked, and written
 * as snarkjs writes them. On zk-core alone (no JSON library): the prover, the verifier and the bridge share it.
 */
module org.snark4j.formats {
  requires transitive org.snark4j.core;

  exports org.snark4j.formats;
  exports org.snark4j.formats.internal to org.snark4j.prover;
}
