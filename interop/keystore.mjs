// Writes a Web3 Secret Storage keystore, for differential tests: with ethers 6 (scrypt, with a small N so the
// test is quick), or, with "pbkdf2", by Node's own crypto (PBKDF2-HMAC-SHA256, AES-128-CTR) and ethers's
// Keccak-256 for the MAC, as the Web3 Secret Storage definition lays it out.
// Usage: node keystore.mjs <private key hex> <password> [scrypt|pbkdf2]; prints the JSON.
import crypto from "node:crypto";
import { encryptKeystoreJson, getBytes, keccak256, Wallet } from "ethers";

const [key, password, kdf = "scrypt"] = process.argv.slice(2);
const wallet = new Wallet(key);
if (kdf === "scrypt") {
  console.log(await encryptKeystoreJson({ address: wallet.address, privateKey: wallet.privateKey }, password,
    { scrypt: { N: 1024 } }));
} else {
  const salt = crypto.randomBytes(32);
  const iv = crypto.randomBytes(16);
  const c = 4096;
  const derived = crypto.pbkdf2Sync(Buffer.from(password, "utf8"), salt, c, 32, "sha256");
  const cipher = crypto.createCipheriv("aes-128-ctr", derived.subarray(0, 16), iv);
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(getBytes(wallet.privateKey))), cipher.final()]);
  const mac = keccak256(Buffer.concat([derived.subarray(16, 32), ciphertext])).slice(2);
  console.log(JSON.stringify({
    address: wallet.address.slice(2).toLowerCase(), id: crypto.randomUUID(), version: 3,
    crypto: { cipher: "aes-128-ctr", cipherparams: { iv: iv.toString("hex") }, ciphertext: ciphertext.toString("hex"),
      kdf: "pbkdf2", kdfparams: { c, dklen: 32, prf: "hmac-sha256", salt: salt.toString("hex") }, mac },
  }));
}
