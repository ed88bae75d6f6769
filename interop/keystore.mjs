// Writes a Web3 Secret Storage keystore with ethers 6 (pinned in package.json; scrypt with a small N so the
// test is quick), for differential tests. Usage: node keystore.mjs <private key hex> <password>; prints the JSON.
import { encryptKeystoreJson, Wallet } from "ethers";

const wallet = new Wallet(process.argv[2]);
const account = { address: wallet.address, privateKey: wallet.privateKey };
console.log(await encryptKeystoreJson(account, process.argv[3], { scrypt: { N: 1024 } }));
