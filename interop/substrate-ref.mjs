// Reference answers from @polkadot/types, keyring and util-crypto for snark4j's Substrate tests.
// stdin: {"metadata": "<path of SCALE metadata>", "storage": [{"pallet", "entry", "args": [...]}],
//         "ecdsa": [{"uri": "//Alice" | "seed": "0x..", "payload": "0x.."}]}
// stdout: {"storage": ["0x<key>", ...], "ecdsa": [{"publicKey", "accountId", "signature"}]}
import fs from 'node:fs';
import { TypeRegistry, Metadata } from '@polkadot/types';
import { expandMetadata } from '@polkadot/types/metadata/decorate';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex, hexToU8a, compactStripLength } from '@polkadot/util';

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
await cryptoWaitReady();
const out = { storage: [], ecdsa: [] };
if (input.metadata) {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, new Uint8Array(fs.readFileSync(input.metadata)));
  registry.setMetadata(metadata);
  const query = expandMetadata(registry, metadata).query;
  for (const s of input.storage || []) {
    const fn = query[s.pallet][s.entry];
    const key = s.args.length === 0 ? fn() : fn(...s.args);
    out.storage.push(u8aToHex(compactStripLength(key)[1]));
  }
}
const keyring = new Keyring({ type: 'ecdsa' });
for (const e of input.ecdsa || []) {
  const pair = e.uri ? keyring.addFromUri(e.uri) : keyring.addFromSeed(hexToU8a(e.seed));
  out.ecdsa.push({ publicKey: u8aToHex(pair.publicKey), accountId: u8aToHex(pair.addressRaw),
    signature: u8aToHex(pair.sign(hexToU8a(e.payload))) });
}
console.log(JSON.stringify(out));
