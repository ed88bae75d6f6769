// Decodes raw signed transactions with ethers 6 (pinned in package.json), for differential tests. Reads a JSON
// array of 0x hex raw transactions from stdin; prints a JSON array of their fields (integers as decimal strings).
import { Transaction } from "ethers";

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const raws = JSON.parse(Buffer.concat(chunks).toString("utf8"));
console.log(JSON.stringify(raws.map((raw) => {
  const t = Transaction.from(raw);
  return {
    type: t.type, chainId: t.chainId.toString(), nonce: t.nonce, to: t.to ? t.to.toLowerCase() : null,
    value: t.value.toString(), data: t.data, gasLimit: t.gasLimit.toString(),
    gasPrice: t.gasPrice === null ? null : t.gasPrice.toString(),
    maxFeePerGas: t.maxFeePerGas === null ? null : t.maxFeePerGas.toString(),
    maxPriorityFeePerGas: t.maxPriorityFeePerGas === null ? null : t.maxPriorityFeePerGas.toString(),
    from: t.from.toLowerCase(), hash: t.hash,
  };
})));
