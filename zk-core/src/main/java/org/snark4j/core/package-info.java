/** Curve-independent abstractions of snark4j: field and group elements. */
package org.snark4j.core;
