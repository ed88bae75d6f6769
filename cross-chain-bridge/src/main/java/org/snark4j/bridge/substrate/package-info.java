/**
 * The Substrate side of the bridge: SCALE, runtime metadata, signed extrinsics, keys, JSON-RPC over HTTP and
 * WebSocket, and Groth16 for zkVerify's pallet.
 */
package org.snark4j.bridge.substrate;
