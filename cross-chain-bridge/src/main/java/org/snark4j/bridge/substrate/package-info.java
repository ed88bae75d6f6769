/** The Substrate side of the bridge: the SCALE codec (being built: issue 6). */
package org.snark4j.bridge.substrate;
