/** EVM and Substrate adapters and the proof relayer (being built: issues 5 to 7). */
package org.snark4j.bridge;
