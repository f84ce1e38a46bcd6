/**
 * Test support for the property tests: seeded generators of random inputs, one per case, so that
 * every case is named by its seed and reproduces from it.
 */
package dev.setpoint.core.property;
